# 設定、檔案或執行被拒絕或停止的原因。參數名、鍵名和最佳化器名保持原樣（lr、beta1、adam）：
# 它們是使用者輸入的內容。

## 最佳化器與學習率排程的寫法（name:key=value,...）
spec-no-name = '{ $text }' 在 ':' 前面沒有名稱
spec-not-key-value = '{ $text }' 中的 '{ $item }' 應寫成 key=value
spec-key-twice = '{ $key }' 在 '{ $text }' 中出現了兩次
spec-not-finite = { $key }={ $value }：應為有限的數
spec-not-boolean = { $key }={ $value }：應為 true 或 false
spec-not-count = { $key }={ $value }：應為不小於 1 的整數
spec-unknown-key = { $what } 沒有參數 '{ $key }'；它的參數有：{ $known }
spec-unknown-optimizer = 未知的最佳化器 '{ $name }'；已知的最佳化器：{ $known }
spec-not-momentum-form = momentum_form={ $value }：應為 torch 或 ema
spec-refused = { $optimizer }：{ $problem }
spec-value-not-finite = { $key } 必須是有限的數，而不是 { $value }
spec-negative-lr = 無效的學習率：{ $value }（必須 ≥ 0）
spec-negative = 無效的 { $name } 值：{ $value }（必須 ≥ 0）
spec-beta-outside = 無效的 beta 參數（索引 { $index }）：{ $value }（必須在 [0, 1) 內）
spec-nesterov-needs-momentum = Nesterov 動量需要一個動量值，且 dampening 為零
spec-unknown-schedule = 未知的學習率排程 '{ $name }'；已知的排程：{ $known }
spec-not-fraction = { $key }={ $value }：必須在 0 和 1 之間
spec-negative-eta-min = eta_min={ $value }：必須 ≥ 0
spec-total-not-after-warmup = total={ $total } 必須大於 warmup={ $warmup }

## 網路引擎
nn-bad-data = 資料集有誤：{ $problem }
nn-bad-network = 網路有誤：{ $problem }
nn-bad-training = 訓練設定有誤：{ $problem }
nn-bad-file = 網路檔案有誤：{ $problem }
nn-too-many-layers = 隱藏層最多 { $most } 層（現為 { $count } 層）
nn-width-outside = 隱藏層寬度為 { $least } 到 { $most } 個單元（現有一層為 { $width }）
nn-no-inputs-or-outputs = 網路至少需要一個輸入和一個輸出
nn-bce-outputs = bce 需要恰好一個輸出（兩個類別）
nn-softmax-outputs = 交叉熵和 softmax 上的 mse 需要兩個或更多輸出
nn-negative-weight-decay = 權重衰減必須 ≥ 0，而不是 { $value }
nn-data-samples = 樣本數必須為 4 到 100000，而不是 { $value }
nn-data-noise = 雜訊必須是 ≥ 0 的有限數，而不是 { $value }
nn-data-classes = 類別數必須為 2 到 10，而不是 { $value }
nn-data-scale = 尺度必須是 > 0 的有限數，而不是 { $value }
nn-data-test-fraction = 測試比例必須為 0 到 0.9，而不是 { $value }
nn-upside-down-features = 上下翻轉需要兩個特徵，這份資料有 { $features } 個
nn-no-newton = newton 每一步都需要完整的黑塞矩陣：請在二維曲面上使用它
nn-epochs-outside = 回合必須為 1 到 { $most }，而不是 { $value }
nn-batch-zero = 批次大小至少為 1
nn-batch-norm-small-batch = 批次標準化需要每個批次至少 2 個樣本
nn-no-training-examples = 沒有訓練樣本
nn-features-not-inputs = 資料有 { $features } 個特徵，而網路有 { $inputs } 個輸入
nn-regression-fit = 迴歸目標需要 mse 損失和一個輸出
nn-bce-classes = bce 區分兩個類別，這份資料有 { $classes } 個
nn-classes-outputs = { $classes } 個類別需要 { $classes } 個輸出，網路有 { $outputs } 個
nn-not-a-weight-name = '{ $name }' 不是 層.目標.來源（LAYER.TO.FROM）形式的權重名
nn-no-such-weight = 這個網路沒有權重 { $name }
nn-empty-trajectory = 軌跡是空的
nn-path-too-short = 主方向需要一條沿兩個方向移動的訓練路徑；這一條記錄了 { $points } 個點（起點和 { $epochs }），張成的方向{ $span }：請訓練更多回合
nn-one-epoch = { $count } 回合
nn-epochs = { $count } 回合
nn-span-none = 一個也沒有
nn-span-one = 只有一個

## 儲存的網路檔案
saved-not-json = 不是可讀的 JSON（{ $reason }）
saved-wrong-format = 它不是 Losscape 網路（'format' 是 '{ $format }'）
saved-wrong-version = 它是格式的第 { $version } 版；這個 Losscape 讀取第 { $readable } 版
saved-std-not-positive = input_normalization.std 含有 ≤ 0 的值
saved-missing-tensor = state_dict 中沒有 '{ $name }'
saved-wrong-shape = '{ $name }' 是 { $rows } × { $columns }；網路結構需要 { $needed-rows } × { $needed-columns }
saved-negative-variance = norms.{ $layer }.running_var 含有 < 0 的值
saved-extra-tensor = state_dict 含有 '{ $name }'，而這個網路結構沒有它
saved-unreadable-tensor = '{ $name }'：{ $reason }
saved-wrong-length = '{ $name }' 含有 { $count } 個數；網路結構需要 { $needed } 個
saved-tensor-not-finite = '{ $name }' 含有非有限的數
saved-bad-examples = { $name }：{ $problem }
saved-rows-not-targets = x 有 { $rows } 行，但有 { $targets } 個目標值
saved-row-features = x 的第 { $row } 行有 { $features } 個特徵；網路接受 { $inputs } 個
saved-example-not-finite = 含有非有限的數
saved-target-not-class = 有目標值不是 0 到 { $last } 的類別
saved-not-a-network = { $path } 不是 Losscape 能用的網路：{ $problem }
saved-not-written = 網路無法寫成 JSON：{ $error }

## 曲面
surface-unknown = 未知的曲面 '{ $name }'；已知的曲面：{ $known }（或 expr:<關於 x 和 y 的公式>）
surface-param-twice = 參數 '{ $key }' 出現了兩次
surface-unknown-param-none = 曲面 '{ $surface }' 沒有參數 '{ $key }'（它沒有參數）
surface-unknown-param = 曲面 '{ $surface }' 沒有參數 '{ $key }'；它的參數有：{ $known }
surface-param-outside = 參數 '{ $key }' = { $value } 超出範圍：必須在 { $min } 和 { $max } 之間

## 執行、競賽與圖
run-start-not-finite = 起點 ({ $x }, { $y }) 不是有限的
run-too-many-steps = { $steps } 步超過了上限 { $limit }
run-bad-noise = 雜訊水平 { $value } 必須是 ≥ 0 的有限數
run-batch-zero = 批次大小至少為 1
run-bad-clip = 裁剪範數 { $value } 必須是 > 0 的有限數
run-bad-tolerance = 容差 { $value } 必須是 ≥ 0 的有限數
run-race-empty = 競賽至少需要一個最佳化器
run-too-many-racers = { $racers } 個選手超過了上限 { $limit }
run-undefined-at-start = f 或它的梯度在起點 ({ $x }, { $y }) 沒有定義
run-basin-grid-outside = { $n }×{ $n } 的網格超出限制：每邊 1 到 { $most } 格
run-basin-work-outside = { $cells } 格 × { $steps } 步超過了總共 { $limit } 步的上限
run-bad-lr-range = 學習率範圍必須滿足 0 < 下限 < 上限

## 執行為何發散
diverged-singular = 牛頓法的一步要解 (H + δ·I)·d = g，而這裡 H + δ·I 是奇異的（δ = { $damping }）：曲面沿某個方向沒有曲率。請給牛頓法一個阻尼 δ > 0
diverged-zero-eps = eps = 0，而梯度沿某個座標為 0，所以更新在那裡是 0 除以 0。請給 eps 一個正值（PyTorch 的預設值是 1e-8）
diverged-gradient-not-a-number = 更新所用的梯度（加雜訊和裁剪之後）不是一個數
diverged-overflow = 更新溢位了：學習率為 { $lr } 時，步長超出了最大的數（約 1.8e308）
diverged-far-away = 點 ({ $x }, { $y }) 遠在定義域之外
diverged-not-finite = 損失或它的梯度不再是有限的

## 應用的設定（場景檔案、儲存的設定）
setting-outside = { $what } { $value } 超出了應用允許的 { $least } 到 { $most }
setting-step-budget = 步數預算
setting-racer-count = 選手數
setting-speed = 速度
setting-noise = 雜訊 σ
setting-batch = 批次大小
setting-camera-elevation = 鏡頭仰角
setting-camera-zoom = 鏡頭縮放
setting-camera-turn = 鏡頭轉角 { $value } 不是一個數
setting-racer-optimizer = 選手 { $racer } 的最佳化器：{ $problem }
setting-racer-start = 選手 { $racer } 的起點 ({ $x }, { $y }) 不是一個點
setting-racer-schedule = 選手 { $racer }：學習率排程：{ $problem }
setting-racer-run = 選手 { $racer }：{ $problem }
setting-schedule = 學習率排程：{ $problem }
setting-network = 網路：{ $problem }
setting-surface = 曲面：{ $problem }
setting-split-surface = 分割畫面檢視的曲面：{ $problem }
setting-split-unknown = 分割畫面檢視沒有名為 '{ $name }' 的曲面
setting-examples = 樣本數
setting-data-noise = 雜訊
setting-weight-decay = 權重衰減
setting-epochs = 回合
setting-network-batch = 批次
setting-hidden-not-whole = 隱藏層寬度是像 16,16 這樣的整數，而不是 "{ $width }"
setting-optimizer = 最佳化器：{ $problem }
network-training-diverged = 訓練發散了（損失不再是有限的）：請降低學習率
path-no-racer = 沒有這個選手
path-cancelled = 已取消：改變任一設定即可重新計算這條路徑。
network-cancelled = 已取消

## 應用寫入的檔案
file-is-device = 一個裝置
file-is-pipe = 一個命名管道
file-is-socket = 一個套接字
file-is-folder = 一個資料夾
file-is-special = 不是普通檔案
file-special = { $path } 是{ $kind }：未寫入
file-read-only = { $path } 是唯讀的：未替換
file-cannot-write = 無法寫入 { $path }：{ $error }
file-not-written = 未能寫入 { $path }：{ $error }
file-link-unreadable = 未能讀取連結 { $path }：{ $error }
file-too-many-links = { $path } 經過了超過 { $most } 個連結
file-not-a-name = { $path } 不是檔名
file-not-encoded = 未能編碼 { $path }：{ $error }
file-image-size = 影象的尺寸與畫素不符
file-cancelled = 已取消

## 場景檔案
scenario-unreadable = 不是可讀的場景檔案：{ $error }
scenario-no-version = 不是場景檔案：它沒有版本號
scenario-newer = 由更新的 Losscape 寫入（格式第 { $version } 版）；這個版本最多讀取第 { $readable } 版
scenario-cut-short = 場景檔案已損壞：它被截斷了（最後一行應為 '{ $end }'）
scenario-damaged = 場景檔案已損壞：{ $problem }
link-no-setup = 不是 Losscape 連結：它不帶設定（地址應以 '#setup=…' 結尾）
link-damaged = 連結已損壞（被截斷或打錯了？）：{ $error }
link-no-lesson = 連結提到的課程在這個 Losscape 中不存在：{ $name }
scenario-damaged-at-line = 場景檔案在第 { $line } 行損壞：{ $problem }
scenario-toml = { $error }
scenario-refused = { $key }：{ $problem }
scenario-refused-at-line = { $key }（第 { $line } 行）：{ $problem }
scenario-in-file = { $path }：{ $problem }
scenario-not-written = 設定無法寫成 TOML：{ $error }
file-not-read = 未能讀取 { $path }：{ $error }
file-not-downloaded = 瀏覽器沒有接受下載 { $path }：{ $error }

## 分割畫面檢視
compare-flip-needs-network = 切換網路的開關需要網路曲面
compare-racers-need-zoo = 切換選手需要一個曲面庫中的曲面或公式
compare-too-costly = { $surface } 計算代價太高，無法在主曲面旁顯示
