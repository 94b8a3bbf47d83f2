# 應用的工具欄、選單和幫助視窗。數字已排版好傳入：只有文字會變。

menu-file = 檔案
menu-lessons = 課程
menu-view = 檢視
menu-language = 語言 (Language)
menu-language-tip = 應用和課程所用的語言；下次啟動時仍會記住

toolbar-play = ▶ 播放
toolbar-pause = ‖ 暫停
toolbar-play-tip = 播放這場競賽：所有選手同步前進（空格鍵）
toolbar-back = ◀ 後退
toolbar-back-tip = 後退一步（←）
toolbar-step = 前進 ▶
toolbar-step-tip = 前進一步（→）
toolbar-reset = ⟲ 重置
toolbar-reset-tip = 回到起點（R）
toolbar-speed = 步 / 幀
toolbar-speed-tip = 小於 1：每隔幾幀走一步。大於 1：每幀走很多步。
toolbar-budget = 步數上限
toolbar-budget-tip = 每位選手計算的更新次數。任何改動都會立刻重新計算路徑。
toolbar-step-counter = 第 { $shown } / { $last } 步
toolbar-3d = 3D
toolbar-3d-tip = 把曲面畫成地形，路徑同樣畫在上面；拖曳可旋轉（3）
toolbar-critical = 尋找臨界點
toolbar-critical-tip = 從 41×41 個起點用牛頓法求解 ∇f = 0，再按黑塞矩陣（Hessian）分類
toolbar-hyper-map = 超參數圖
toolbar-hyper-map-tip = 所選選手在不同（學習率、動量或 β₁）下到達所需的步數；拖曳它的點來選擇
toolbar-network = 網路
toolbar-network-tip = 在玩具資料集上訓練一個小型神經網路，觀察它的決策邊界和曲線
toolbar-presentation = 簡報模式
toolbar-presentation-tip = 為投影機準備的大字型和精簡介面（F）
toolbar-help-tip = 鍵盤和滑鼠快捷方式，以及講座的術語（?）
job-cancel = 取消

view-log-scale = 對數色標
view-log-scale-tip = 按 log(f − min) 著色：顯示最小值附近的細節
view-contours = 等高線
view-contours-tip = 損失相等的線
view-equal-aspect = 等比例座標
view-equal-aspect-tip = 兩個座標軸比例相同：圓看起來是圓的
view-curvature-map = 曲率圖
view-curvature-map-tip = 黑塞矩陣不定（類似鞍點的區域）處為紅色，各方向都向下彎處為紫色，曲面為凸處不著色
view-basins = 所選選手的吸引域
view-basins-tip = 按所選選手從每個起點到達的最小值給起點著色（64×64 個起點，在後臺計算）；發散處為深色
view-critical-points = 臨界點
view-critical-points-tip = 已知和找到的最小值（●）、最大值（▲）、鞍點（✚）和退化點（■）
view-arrows = 梯度 / 動量 / 更新箭頭
view-arrows-tip = 在每位選手的位置：單純的梯度步、動量部分，以及兩者之和，即實際的更新
view-effective-step = 每個參數的步長
view-effective-step-tip = 在每位選手的位置：每個座標實際得到的學習率（AdaGrad、RMSProp、Adam 會除以 √v）；兩條柱的比例顯示方法如何重新縮放峽谷
view-eigen-cross = 黑塞矩陣特徵向量十字
view-eigen-cross-tip = 在游標和每位選手的位置：黑塞矩陣的特徵向量，長度按 |λ| 縮放；藍色為正曲率，紅色為負曲率

help-title = 鍵盤、滑鼠和術語
help-play = 播放 / 暫停
help-forward = 前進一步
help-back = 後退一步
help-reset = 回到起點
help-presentation = 簡報模式
help-3d = 2D 地圖 / 3D 地形
help-lessons = 上一課 / 下一課（簡報模式下）
help-files = 儲存 / 開啟場景（Mac 上為 ⌘）
help-this-window = 本視窗
help-escape = 關閉對話方塊或本視窗；退出簡報模式
help-drag-start-key = 拖曳起點
help-drag-start = 移動它；所有路徑即時跟隨
help-click-key = 點選曲面
help-click = 把所選選手的起點放在那裡
help-drag-key = 在別處拖曳
help-drag = 平移地圖；旋轉 3D 地形
help-wheel-key = 滾輪
help-wheel = 放大和縮小
help-double-click-key = 雙擊
help-double-click = 回到整個曲面 / 預設視角
help-glossary = 講座的術語（glossary）
help-glossary-tip = 講座的術語：英文投影片上的寫法，以及簡體和繁體中文；中文課程中術語第一次出現時，旁邊附上英文

menu-lessons-tip = 講座的每個主題一鍵設定好，並測量它的論斷
file-open = 開啟場景…
file-open-tip = 用儲存的設定替換整個當前設定
file-save = 儲存場景…
file-save-tip = 曲面、選手、雜訊、開關和檢視，存成可讀的文字檔案
file-export-png = 匯出 PNG…
file-export-png-tip = 帶所有路徑的曲面檢視，尺寸可選，用於投影片
file-export-gif = 匯出 GIF…
file-export-gif-tip = 從起點到最後一步的競賽動畫，附步數計數
file-export-trajectories = 匯出軌跡…
file-export-trajectories-tip = 每位選手逐步的路徑，存成 CSV 或 JSON
file-export-window = 匯出視窗 PNG…
file-export-window-tip = 整個視窗，與螢幕上完全一樣（網路視窗、各種圖、課程），按螢幕解析度
export-step = 第 { $step } 步

lesson-of = 第 { $number } 課，共 { $count } 課
lesson-close = 關閉
lesson-next = 下一課 ▶
lesson-next-tip = 下一課（簡報模式下按 →）
lesson-previous = ◀ 上一課
lesson-previous-tip = 上一課（簡報模式下按 ←）
lesson-measuring = 正在測量論斷…
lesson-holds = ✓ { $claim }
lesson-does-not-hold = ✗ 不成立：{ $claim }
lesson-control-fails = 對照組：{ $control } —— 論斷在那裡不成立，正如預期
lesson-control-holds = 對照組：{ $control } —— ✗ 論斷在那裡也成立
lesson-control-tip = 每節課也會在一個改動過的設定上測量，論斷在那裡必須不成立：一個不可能出錯的論斷什麼也教不了。
lesson-not-measured = 未測量：{ $reason }

racers-heading = 選手
racers-add = + 新增
racers-add-tip = 新增一位選手（複製所選的選手）
racers-full = 最多 { $most } 位選手同時競賽
racers-diverged = {"  "}✕ 在第 { $step } 步發散
racers-computing = {"  "}· 計算中…
racers-not-running = {"  "}⚠ 未執行
racer-optimizer = 最佳化器
racer-optimizer-tip = 更新規則，與 torch.optim 相同
racer-duplicate = 複製
racer-remove = 移除
racer-schedule = 排程
racer-schedule-tip = 學習率排程（learning rate scheduling）：constant, step:step_size=100,gamma=0.5, exponential:gamma=0.99, cosine:t_max=1000, warmup-cosine:warmup=100,total=1000, inverse-sqrt:warmup=100
racer-clip = 梯度裁剪
racer-clip-tip = 梯度比這個範數長時把它縮短到這個範數：能馴服懸崖
racer-clip-to = 到
racer-start = 起點
racer-start-tip = 這位選手的起點；也可以在曲面上拖曳它的 ○
racer-computing-path = 正在計算路徑…

param-lr-tip = 學習率（learning rate）η：步長。η < 2/λmax 時普通梯度下降是穩定的。
param-momentum-tip = 動量（momentum）μ：每一步保留上一步的 μ 倍，再加上新的梯度。
param-dampening-tip = 阻尼 τ：新的梯度乘以 (1 − τ) 後進入動量緩衝。
param-nesterov-tip = Nesterov：先沿動量往前看，再走梯度這一步。
param-weight_decay-tip = 權重衰減 λ：在梯度上加 λ·θ（AdamW：直接縮小 θ）。
param-lr_decay-tip = Adagrad 的學習率衰減：η / (1 + (t − 1)·decay)。
param-initial_accumulator_value-tip = Adagrad 梯度平方和的初始值。
param-eps-tip = 加在分母上的 ε，讓它永遠不會除以零。
param-alpha-tip = RMSProp 的平滑係數 α：滑動平均每一步保留舊值的 α。
param-centered-tip = 中心化的 RMSProp：除以梯度的估計標準差。
param-beta1-tip = β₁：每一步保留多少梯度的滑動平均（動量）。
param-beta2-tip = β₂：每一步保留多少梯度平方的滑動平均。
param-amsgrad-tip = AMSGrad：使用至今最大的二階矩，步長就不會再變大。
param-momentum_decay-tip = NAdam 的動量衰減 ψ：μₜ 預熱得多快。
param-damping-tip = 牛頓法的阻尼 δ：解 (H + δI)·d = ∇f；δ 越大越接近梯度下降。
param-momentum_form-tip = torch：b ← μb + g。ema：b ← μb + (1 − μ)g，有些課程這樣寫。
param-eps_inside-tip = TensorFlow 的 RMSProp 把 ε 放在平方根裡面；PyTorch 加在平方根之後。
param-bias_correction-tip = Adam 把它的滑動平均除以 (1 − βᵗ)，讓最初幾步不會太小。
param-root_mean_square-tip = 講座裡的 AdaGrad：除以過去所有梯度的均方根 √(G/t)。PyTorch 除以 √G，是同一個規則，只是 η 縮小了 1/√t。

noise-heading = 小批次雜訊
noise-sigma = 雜訊 σ
noise-sigma-tip = 每個梯度都加上大小為 σ/√B 的高斯雜訊，就像小批次（mini-batch）會帶來的那樣
noise-batch = 批次大小（batch）B
noise-batch-tip = 批次越大，平均的樣本越多：雜訊越小
noise-seed = 種子
noise-seed-tip = 所有選手看到同一串雜訊，所以競賽是公平的

probe-heading = 黑塞矩陣探針（Hessian probe）
probe-at-cursor = ({ $x }, { $y }) —— 游標處
probe-at-racer = ({ $x }, { $y }) —— 所選選手處
probe-at-centre = ({ $x }, { $y }) —— 中心處
probe-undefined = 這裡沒有定義（例如負數的 ln 或 sqrt）：沒有梯度，沒有曲率，選手也不能從這裡出發。
probe-value = 這裡的損失。
probe-gradient-zero = 幾乎為零：一個臨界點。黑塞矩陣會告訴你是哪一種。
probe-gradient = 梯度下降沿這個箭頭的反方向走。
probe-eigenvalues = 沿兩個主方向的曲率，即黑塞矩陣的特徵值（eigenvalue）。
probe-kind = 類型
probe-kind-minimum = 最小值
probe-kind-minimum-tip = 各個方向都向上彎：如果這裡 ∇f = 0，就是最小值。
probe-kind-maximum = 最大值
probe-kind-maximum-tip = 各個方向都向下彎：如果這裡 ∇f = 0，就是最大值。
probe-kind-saddle = 鞍點
probe-kind-saddle-tip = 一個方向向上，另一個方向向下：鞍點。負特徵值的特徵向量就是逃離的路線。
probe-kind-degenerate = 退化點
probe-kind-degenerate-tip = 有一個特徵值為零：二階檢驗在這裡無法判斷。
probe-kind-none = —
probe-kind-none-tip = 這裡不可微。
probe-condition = 條件數 |λ|max/|λ|min：很大表示一個又長又窄的峽谷，一個步長無法同時適合兩個方向。
probe-stable-rate = 學習率高於這個值時，普通梯度下降在這附近會發散。

leaderboard-heading = 排行榜
leaderboard-arrived-value = 到達：f ≤ f* + 1e-6（f* = { $best }）
leaderboard-arrived-gradient = 到達：‖∇f‖ ≤ 1e-6
leaderboard-racer = 選手
leaderboard-steps = 步數
leaderboard-best = 最佳 f
leaderboard-final = 最終 f
leaderboard-diverged = 發散

surface-heading = 曲面
surface-custom = 自定義公式
surface-custom-menu = 自定義公式 f(x, y)
surface-network-tip = 網路視窗裡的網路（按它的設定）訓練好後，沿它黑塞矩陣最大的兩個特徵向量切出的曲面
surface-pick-tip = 從損失動物園裡挑一個曲面，或輸入你自己的公式
surface-formula-tip = 用 x 和 y：+ − * / ^，像 1e-3 這樣的數，pi 和 e，以及函數 { $functions }。-x^2 表示 −(x²)；2^3^2 = 512。按回車鍵應用。
surface-apply = 應用公式
surface-batch-norm = 批次標準化
surface-batch-norm-tip = 在每個隱藏層之後加上批次標準化（batch normalization）重新訓練，並顯示新的曲面
surface-normalize = 輸入歸一化
surface-normalize-tip = 在縮放到均值 0、方差 1 的特徵上重新訓練，並顯示新的曲面
surface-loss = 損失
surface-loss-ce = 交叉熵
surface-loss-ce-tip = Softmax 交叉熵（cross-entropy）：重新訓練並顯示新的曲面
surface-loss-mse = MSE
surface-loss-mse-tip = Softmax 之後的平方誤差：重新訓練並顯示新的曲面
surface-training = 正在訓練網路
surface-stop = 停止
surface-stop-tip = 停止訓練；曲面保持原樣
surface-settings-changed = 這個網路訓練之後，網路視窗的設定改變了。
surface-not-trained = 網路還沒有用這些設定訓練過。
surface-train = 訓練並顯示
surface-train-tip = 用網路視窗的設定訓練，並顯示曲面
family-bowls = 碗和峽谷
family-saddles = 鞍面
family-many-minima = 多個最小值
family-plateaus = 高原和懸崖
family-lecture = 講座中的曲面
family-networks = 小型網路

curve-loss-minimum = log₁₀(f − f*) 對步數
curve-loss-best = log₁₀(f − 最佳 f) 對步數
curve-loss-tip = 每位選手比最小值高多少，取對數：一條筆直下降的線就是線性收斂
curve-gradient = log₁₀ ‖∇f‖ 對步數
curve-gradient-tip = 梯度的長度：損失停滯時它很大，表示在峽谷裡來回震盪；損失很高時它很小，表示在高原上
curve-rate = 學習率：實際的、排程的（虛線）
curve-rate-tip = 實線：每次更新實際用的步長，對各座標取平均（自適應方法為 lr / √v）。虛線：排程給出的學習率。最大值超過平常的 1000 倍時用 log₁₀ 座標軸。
curve-stability = 穩定性 η·λmax（> 2：不穩定）
curve-stability-tip = 步長乘以該步所在處最陡的曲率。大於 2 時，普通梯度下降會衝過頭，振盪越來越大。最大值超過平常的 1000 倍時用 log₁₀ 座標軸（此時小於等於零的值畫在最底部）。

step-heading = 逐步檢視
step-at-start = 在起點：還沒有更新。按 → 走第一步，看它一步步寫出來。
step-update = { $optimizer } 的第 { $update } 次更新
step-effective-rate = 每個座標實際的學習率：{ $rates }

network-data = 資料
network-data-tip = 一個兩特徵的玩具分類資料集，或迴歸：y = sin(1.5·x) 加上雜訊的點，用 mse 損失擬合
network-examples = 樣本數
network-examples-tip = 訓練和測試合計；其中四分之一留作測試
network-noise = 雜訊
network-noise-tip = 點偏離所屬類別形狀的程度
network-augment = 增強
network-augment-tip = 用已有的樣本造出更多訓練樣本（資料擴增，data augmentation）。jitter：每個樣本複製四份，稍微移動（移動後的點保持類別）；upside-down：每個樣本上下翻轉複製一份，類別不變——只有在類別上下顛倒後看起來一樣時才合理；half-turn：每個樣本繞原點轉半圈複製一份，使訓練集完全對稱
network-hidden = 隱藏層
network-hidden-tip = 每個隱藏層的寬度，用逗號分隔：16,16 是兩層各 16 個單元
network-activation = 啟用函數
network-init = 初始化
network-init-tip = 參數如何開始。torch：權重和偏置在 ±1/√fan-in 內均勻分佈，與 nn.Linear 相同；zero-output：所有偏置和輸出層的權重都為零，所以網路一開始對每個樣本輸出都相同
network-loss = 損失
network-loss-tip = ce：softmax 交叉熵；mse：原始輸出的平方誤差；mse-softmax：softmax 之後的平方誤差；bce：一個 sigmoid 輸出
network-batch-norm-tip = 在每個隱藏的線性層之後加上批次標準化（torch 的 BatchNorm1d）
network-normalize-tip = 在進入網路之前，把每個特徵縮放到均值 0、方差 1
network-weight-decay = 權重衰減
network-weight-decay-tip = 權重上 L2 懲罰 (λ/2)·‖W‖² 的 λ：讓權重保持較小的限制，用來對抗過擬合；太大時模型就擬合不了了
network-optimizer-tip = 與選手相同，例如 adam:lr=0.01 或 sgd:lr=0.1,momentum=0.9
network-epochs = 回合（epoch）
network-batch = 批次
network-batch-tip = 每個小批次的樣本數
network-seed-tip = 資料、初始權重和批次的種子
network-stop-tip = 這一回合結束後停止
network-train = 訓練
network-train-tip = 用這些設定訓練一個全新的網路
network-press-train = 按「訓練」在資料上訓練一個網路；它的決策邊界（或擬合曲線）以及訓練和測試曲線會隨著學習出現在這裡。
network-epoch = 第 { $epoch } 回合：訓練損失 { $train }，測試損失 { $test }
network-epoch-accuracy = 第 { $epoch } 回合：訓練損失 { $train }，測試損失 { $test }；準確率：訓練 { $train_accuracy }，測試 { $test_accuracy }
network-epoch-axis = 回合
network-train-loss = 訓練損失
network-test-loss = 測試損失
network-accuracy = 準確率
network-train-accuracy = 訓練準確率
network-test-accuracy = 測試準確率
network-boundary = 決策邊界
network-train-set = 訓練
network-test-set = 測試
network-computing-spectrum = 正在計算黑塞矩陣的特徵值…
network-spectrum-full = 訓練後權重處的黑塞矩陣，P = { $parameters }：{ $positive } 個正、{ $negative } 個負、{ $zero } 個零特徵值，最小值比例（minimum ratio）{ $minimum_ratio }；條件數 κ = { $condition }；前兩大之比 λ₁/λ₂ = { $leading }。
network-spectrum-full-before = 訓練後權重處的黑塞矩陣，P = { $parameters }：{ $positive } 個正、{ $negative } 個負、{ $zero } 個零特徵值，最小值比例（minimum ratio）{ $minimum_ratio }；條件數 κ = { $condition }；前兩大之比 λ₁/λ₂ = { $leading }（之前訓練的網路：{ $before }）。
network-spectrum-extremes = 訓練後權重處的黑塞矩陣，P = { $parameters }（太多，無法完整構造，最多 { $most }）：用 Lanczos 求出最小和最大的各 { $extremes } 個特徵值；前兩大之比 λ₁/λ₂ = { $leading }。
network-spectrum-extremes-before = 訓練後權重處的黑塞矩陣，P = { $parameters }（太多，無法完整構造，最多 { $most }）：用 Lanczos 求出最小和最大的各 { $extremes } 個特徵值；前兩大之比 λ₁/λ₂ = { $leading }（之前訓練的網路：{ $before }）。
network-spectrum-tip =
    最小值比例（minimum ratio）與講座中相同，是正特徵值的個數除以全部特徵值的個數：在沒有平坦方向的最小值處為 1。訓練之後它小於 1：大多數方向向上彎，許多方向是平的（零），還有幾個方向向下彎——有負特徵值就表示是鞍點，而不是局部最小值。

    κ = 非零特徵值中的 |λ|max/|λ|min，對任何訓練過的網路都很大：許多方向幾乎是平的。前兩大之比 λ₁/λ₂ 比較最陡的兩個方向，也就是網路曲面所顯示的平面的條件數。批次標準化和輸入歸一化會讓它變小：開啟它們重新訓練來比較。
network-spectrum-axis = 特徵值 λ（帶符號的對數刻度；灰色：零）
network-spectrum-count = 個數
network-eigenvalues = 特徵值

dialog-save = 儲存場景
dialog-open = 開啟場景
dialog-export-png = 把檢視匯出為 PNG
dialog-export-gif = 把競賽匯出為 GIF 動畫
dialog-export-trajectories = 匯出軌跡
dialog-export-window = 把視窗匯出為 PNG
dialog-verb-open = 開啟
dialog-verb-save = 儲存
dialog-verb-export = 匯出
dialog-verb-replace = 替換
dialog-path = 路徑
dialog-size = 尺寸
dialog-frames = 幀數
dialog-frames-tip = 幀平均分佈在整場競賽中，每幀 80 毫秒
dialog-replace-read-only = 仍然替換（檔案保持只讀）
dialog-replaces-saving = ⚠ { $name } 已存在：儲存會替換它。
dialog-replaces-exporting = ⚠ { $name } 已存在：匯出會替換它。
dialog-read-only = ⚠ { $name } 是唯讀的。
dialog-empty = 請輸入檔案的路徑。
dialog-folder-open = 這是一個資料夾：在下面選一個場景，或輸入它的名字。
dialog-folder = 這是一個資料夾：請加上檔名。
dialog-missing = 這裡沒有叫 { $name } 的檔案。
dialog-no-folder = 資料夾 { $folder } 不存在。
dialog-not-written = 未寫入：{ $reason }
dialog-no-scenarios = 這個資料夾裡沒有場景檔案（.toml）。
dialog-scenarios = 這個資料夾裡的場景，最新的在前：

job-lesson = 正在測量論斷
job-critical = 正在尋找臨界點
job-png = 正在繪製 PNG
job-gif = 正在繪製 GIF
job-window = 正在儲存視窗
job-paths = 正在計算路徑
job-grid = 正在細化曲面
job-basins = 正在繪製吸引域
job-hyper = 正在繪製超參數圖
notice-saved = 場景已儲存到 { $path }。
notice-not-saved = 未儲存：{ $reason }
notice-opened = 已開啟 { $path }。
notice-not-opened = 未開啟，當前設定沒有改變：{ $reason }
notice-exported-view = 檢視已匯出到 { $path }。
notice-exported-gif = { $frames } 幀已匯出到 { $path }。
notice-exported-trajectories = 軌跡已匯出到 { $path }。
notice-exported-window = 視窗（{ $width } × { $height } 畫素）已匯出到 { $path }。
notice-not-exported = 未匯出：{ $reason }
notice-no-window-picture = 未匯出：圖形後端沒有送來視窗的畫面。
notice-not-split = 檢視沒有分割畫面：{ $reason }
notice-lesson-not-set-up = 無法設定課程「{ $name }」：{ $reason }
notice-too-many-racers = 最多 { $most } 位選手同時競賽。
notice-hyper-cancelled = 超參數圖已取消。
notice-no-hyper-map = 沒有超參數圖：{ $reason }
notice-no-basins = 沒有吸引域圖：{ $reason }
notice-critical-cancelled = 臨界點搜尋已取消：顯示目前找到的 { $found } 個點。
notice-setup-unreadable = 無法讀取儲存的設定（{ $reason }）；從預設設定開始。
notice-setup-unreadable-json = { $error }
notice-lessons-unreadable = 無法讀取課程：{ $reason }
notice-surface-unbuildable = 無法構建儲存的曲面（{ $reason }）；顯示預設曲面。
notice-network-cannot-train = 網路無法訓練：{ $reason }
notice-dismiss = 關閉

maps-expensive = 在這個曲面上關閉：每次求值都要遍歷一個網路的訓練資料，而一張圖需要幾百萬次。
hyper-no-racer = 請先新增一位選手。
hyper-computing = 計算中…
hyper-about = { $optimizer } 從 ({ $x }, { $y }) 出發：到達所需的步數。亮 = 快，灰 = 在步數上限內沒有到達，暗紅 = 發散。拖曳 ○ 來選擇選手的設定。
hyper-axis = log₁₀ 學習率
hyper-at-pointer = 指標處：{ $cell }
hyper-hover = 把指標移到圖上，讀出一個格子的數值。
hyper-cell-diverges = lr { $lr }，{ $key } { $value } → 發散
hyper-cell-one-step = lr { $lr }，{ $key } { $value } → 1 步到達
hyper-cell-arrives = lr { $lr }，{ $key } { $value } → { $steps } 步到達
hyper-cell-never = lr { $lr }，{ $key } { $value } → { $budget } 步內沒有到達

compare-menu = 分割畫面：與……比較
compare-menu-tip = 在旁邊顯示第二個曲面，同樣的選手從同樣的起點出發，同步播放
compare-close = ✕ 關閉
compare-close-split = 關閉分割畫面
compare-not-shown = 無法顯示：{ $reason }
compare-racers-constant = 這些選手，學習率不變
compare-racers-no-noise = 這些選手，沒有梯度雜訊
compare-racers-tip = 同一個曲面，選手的設定反過來，放在旁邊
compare-flip-batch-norm = 這個網路，批次標準化反過來
compare-flip-inputs = 這個網路，輸入歸一化反過來
compare-flip-full-batch = 這個網路，用全批次訓練
compare-flip-tip = 同一個網路，開關反過來訓練，放在這個旁邊
compare-batch-norm-on = 批次標準化開
compare-batch-norm-off = 批次標準化關
compare-inputs-normalized = 輸入已歸一化
compare-inputs-raw = 原始輸入
compare-full-batch = 全批次
compare-batch = 批次 { $size }
compare-schedule = 排程 { $schedule }
compare-constant-rate = 學習率不變
compare-noise = 雜訊 σ = { $noise }，B = { $batch }
compare-no-noise = 沒有雜訊
compare-training = 正在訓練網路，{ $switch }
compare-pane-title = { $switch }：{ $surface }
surface-network = 網路視窗訓練好的網路
surface-network-note = 網路視窗訓練的網路，在訓練找到的權重周圍，沿著損失彎曲最厲害的兩個方向。批次標準化、輸入歸一化和損失函數都會改變它的形狀：比較切換前後的 κ。中心是訓練停下的地方，不一定正好是最小值。
lesson-figure-caption = { $title }：{ $y } 對 { $x }
surface-kappa = 中心處 κ = { $kappa }
surface-kappa-before = 中心處 κ = { $kappa }；之前（{ $change }）：κ = { $before }
surface-kappa-tip = 切片的黑塞矩陣在訓練好的權重處的條件數：網路最大的兩個曲率之比 λ₁/λ₂。κ 很大表示一條窄峽谷，一個學習率很難穿過。
surface-change-loss = 損失 { $loss }
surface-change-other = 其他設定
list-separator = 、
axis-weights-x = x  (w1)
axis-weights-y = y  (w2)
axis-logits-x = x  (logit y₁)
axis-logits-y = y  (logit y₂)
axis-weight-and-bias-x = x  (權重 w)
axis-weight-and-bias-y = y  (偏置 b)
axis-random-directions-x = x  (沿 d₁)
axis-random-directions-y = y  (沿 d₂)
axis-top-eigenvectors-x = x  (沿 v₁)
axis-top-eigenvectors-y = y  (沿 v₂)
surface-network-formula = θ* + x·v₁ + y·v₂ 處的訓練損失，v₁、v₂ 為黑塞矩陣最大的兩個特徵向量（λ = { $large }、{ $small }；κ = { $kappa }）· { $network }

# 公式無法解析的原因。

formula-error = 公式有誤：{ $problem }（第 { $position } 個字元）
formula-too-long = 公式太長（{ $length } 個字元；最多 { $most } 個）
formula-unexpected-character = 意外的字元 '{ $character }'
formula-not-a-number = '{ $literal }' 不是一個數
formula-number-too-large = 數 { $literal } 太大
formula-empty = 公式是空的
formula-unmatched-close = ')' 沒有對應的 '('
formula-expected-operator = { $token } 前面應該有運算子（+ - * / ^）
formula-expected-operator-product = { $token } 前面應該有運算子（+ - * / ^）；乘積要寫 *，例如 2*x
formula-too-deep = 公式巢狀太深（超過 { $levels } 層）
formula-ends-early = 公式在應該接著數、x、y、函數或 '(' 的地方結束了
formula-expected-operand = 這裡應該是數、x、y、函數或 '('，卻是 { $token }
formula-missing-close = 第 { $open } 個字元的 '(' 缺少對應的 ')'：遇到了 { $token }
formula-missing-close-at-end = 第 { $open } 個字元的 '(' 缺少對應的 ')'：公式就結束了
formula-function-needs-call = '{ $name }' 是函數：要寫成 { $name }(...)
formula-unknown-name = 未知的名稱 '{ $name }'：變數是 x 和 y，常數是 pi 和 e
formula-arity-one = '{ $name }' 需要 1 個參數，不是 { $given } 個
formula-arity = '{ $name }' 需要 { $count } 個參數，不是 { $given } 個
formula-unknown-function = 未知的函數 '{ $name }'；已知的函數：{ $functions }
