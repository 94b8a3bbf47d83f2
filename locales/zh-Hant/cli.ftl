# 命令列的人類可讀輸出（JSON 保持英文）。

cli-lesson-name = 名稱
cli-lesson-title = 標題
cli-lesson-points = 講座要點
cli-lesson-holds = 成立
cli-lesson-does-not-hold = 不成立
cli-lesson-control-fails = 對照組（{ $control }）：不成立，正如預期
cli-lesson-control-holds = 對照組（{ $control }）：也成立：這個論斷不可能出錯
cli-surface-name = 名稱
cli-surface-title = 標題
cli-surface-parameters = 參數
cli-surfaces-custom-usage = expr:<x 和 y 的公式>，例如 --surface 'expr:x^2 - y^2 + 0.1*sin(5*x)'
cli-probe-heading = { $surface }，在 ({ $x }, { $y })
cli-probe-value = 值
cli-probe-gradient = 梯度
cli-probe-hessian = 黑塞矩陣
cli-probe-eigenvalue = 特徵值
cli-probe-along = { $value }   沿 ({ $x }, { $y })
cli-probe-undefined = 沒有定義（這裡不可微）
cli-probe-curvature = 曲率
cli-probe-condition = 條件數
cli-probe-stable-rate = 穩定的梯度下降學習率
cli-progress-critical = 正在尋找臨界點
cli-critical-kind = 類型
cli-critical-eigenvalues = 特徵值
cli-critical-found = 在 { $x } × { $y } 中有 { $count } 個臨界點
cli-run-diverged = losscape：在第 { $step } 步發散：{ $reason }；最後一行是最後一個有限的點
cli-race-heading = { $surface }，從 ({ $x }, { $y }) 出發，{ $steps } 步；到達：{ $target }
cli-race-optimizer = 最佳化器
cli-race-steps = 到達所需步數
cli-race-best = 最低損失
cli-race-final = 最終損失
cli-race-diverged = 發散於
cli-progress-basins = 正在從每個起點執行
cli-basins-heading = { $optimizer } 在 { $surface } 上的吸引域（{ $grid }×{ $grid } 個起點，{ $steps } 步；最上一行 = y 最大）
cli-basins-minimum = { $letter } = ({ $x }, { $y }) 處的最小值：{ $count } 個起點
cli-basins-rest = · = 不靠近任何最小值：{ $unsettled }   × = 發散：{ $diverged }
cli-progress-gif = 正在繪製 GIF
cli-render-wrote-gif = 已寫入 { $path }（{ $frames } 幀，{ $width }×{ $height } 畫素）
cli-render-wrote-png = 已寫入 { $path }（{ $width }×{ $height } 畫素）
cli-slice-heading = θ + α·d₁ + β·d₂ 上的損失（{ $directions } 方向），[−{ $r }, { $r }]² 上 { $n } × { $n } 的網格；如有批次標準化，使用它的移動平均統計量
cli-slice-at-trained = 訓練好的權重處
cli-slice-no-finite = 網格上沒有有限的損失
cli-slice-lowest = 網格上最低
cli-slice-highest = 網格上最高
cli-slice-more = （--csv 或 --json 會輸出每個值）
cli-spectrum-heading = 訓練 { $epochs } 回合後的權重處，訓練損失（{ $loss }）在 { $examples } 個樣本上的黑塞矩陣
cli-spectrum-heading-batch-norm = 訓練 { $epochs } 回合後的權重處，訓練損失（{ $loss }）在 { $examples } 個樣本上的黑塞矩陣；批次標準化使用它的移動平均統計量
cli-spectrum-parameters = 參數
cli-spectrum-lanczos = { $count }（用 Lanczos 求兩端的特徵值）
cli-spectrum-smallest = 最小
cli-spectrum-largest = 最大
cli-spectrum-signs = 符號
cli-spectrum-signs-value = { $positive } 個正，{ $negative } 個負，{ $zero } 個零
cli-spectrum-minimum-ratio = 最小值比例
cli-spectrum-minimum-ratio-value = { $ratio }   （正特徵值佔全部的比例，和講座一樣）
cli-spectrum-condition = 條件數
cli-spectrum-condition-value = { $condition }   （非零特徵值的 |λ|max/|λ|min）
cli-spectrum-leading = 前兩個之比
cli-spectrum-leading-value = { $ratio }   （λ₁/λ₂：最陡的兩個方向的條件數）
cli-train-epoch = 回合
cli-train-train-loss = 訓練損失
cli-train-test-loss = 測試損失
cli-train-train-accuracy = 訓練準確率
cli-train-test-accuracy = 測試準確率
cli-train-diverged = 在第 { $epoch } 回合發散：損失不再是有限的數
cli-scenario-opens = { $file }：可以開啟——{ $surface }，{ $racers } 位選手，{ $steps } 步
cli-scenario-opens-one-racer = { $file }：可以開啟——{ $surface }，1 位選手，{ $steps } 步

## 命令為何被拒絕
cli-bad-optimizer = 最佳化器 '{ $spec }' 有誤：{ $problem }
cli-bad-schedule = 學習率排程 '{ $spec }' 有誤：{ $problem }
cli-no-minimum = { $surface } 上沒有記載或找到的最小值
cli-too-many-racers = 最多 { $most } 個選手
cli-no-drawing = 這個構建沒有繪圖程式碼：請帶 `app` 特性重新構建以渲染影象
cli-unknown-lesson = 未知的課程 '{ $name }'；課程有：{ $known }
cli-lesson-failed = 課程 { $name }：{ $problem }
cli-lessons-failed = { $count } 個課程中，{ $failed } 個論斷不成立，{ $vacuous } 個在對照設定上也成立
cli-bad-grid = --grid 必須為 2 到 { $most }，而不是 { $value }
cli-bad-range = --range 必須大於 0 且至多為 { $most }，而不是 { $value }
cli-weights-needed = --directions weights 需要 --weights A,B（例如 1.0.0,2.3.1）
cli-diverged-no-hessian = 訓練發散了：損失不再是有限的，所以沒有黑塞矩陣
cli-extremes-zero = --extremes 需要 K ≥ 1
cli-nothing-recorded = 訓練沒有記錄任何內容
cli-diverged-not-written = 訓練發散了，所以沒有寫入 { $path }

## 一行說明一個網路：資料、形狀、損失、最佳化器
cli-network = { $data }（訓練 { $train } 個，測試 { $test } 個）· { $shape } { $activation }{ $batch-norm }{ $normalized } · { $loss } · { $optimizer } · 批次 { $batch } · { $parameters } 個參數
cli-network-batch-norm = {" "}+ 批次標準化
cli-network-normalized = {" "}+ 輸入標準化
cli-network-off = {""}
