# 課程的標題。英文原文在 assets/lessons/*.toml；術語第一次出現時附上英文。

lesson-model-bias-title = 模型偏差（model bias）：模型太簡單，擬合不了
lesson-optimization-issue-title = 更深不一定更好：最佳化問題（optimization issue）
lesson-overfitting-title = 過擬合（overfitting）：彈性大的模型自由發揮
lesson-data-augmentation-title = 資料擴增（data augmentation）：要合理才有用
lesson-constraint-title = 限制模型，但不要限制太多
lesson-model-selection-title = 在驗證集（validation set）上選擇模型
lesson-mismatch-title = 不匹配（mismatch）：測試資料來自別處
lesson-critical-points-title = 臨界點（critical point）：局部最小值、局部最大值、鞍點
lesson-saddle-title = 小網路的鞍點（saddle point）
lesson-monkey-saddle-title = 黑塞矩陣（Hessian）無能為力時：猴鞍面（monkey saddle）
lesson-minimum-ratio-title = 訓練停下的地方，黑塞矩陣仍有負的特徵值（eigenvalue）
lesson-mini-batches-title = 真實的小批次（mini-batch）：L 的臨界點不是 L¹、L² 的臨界點
lesson-small-batch-escapes-saddle-title = 帶雜訊的梯度不會停在鞍點
lesson-small-batches-leave-saddle-title = 全批次停在鞍點，真實的小批次會離開
lesson-batch-size-flat-minima-title = 小批次離開尖銳的最小值
lesson-momentum-title = 動量（momentum）滾過小山丘
lesson-stuck-large-gradient-title = 訓練卡住不代表梯度很小
lesson-one-learning-rate-title = 一個學習率（learning rate）應付不了凸的峽谷
lesson-adaptive-learning-rate-title = 每個參數各有學習率，就能穿過峽谷
lesson-adagrad-bursts-title = AdaGrad 會突然暴衝，學習率排程（learning rate scheduling）讓它平穩
lesson-rmsprop-title = RMSProp：小的 α 立刻反應
lesson-adam-title = Adam = RMSProp + 動量
lesson-warm-up-title = 預熱（warm up）：σ 還估不準時先走小步
lesson-cross-entropy-logits-title = MSE 平坦之處，交叉熵（cross-entropy）仍有斜率
lesson-cross-entropy-classifier-title = 小分類器上的交叉熵與 MSE
lesson-feature-normalization-title = 特徵歸一化（feature normalization）讓誤差曲面（error surface）變圓
lesson-batch-norm-trains-title = 批次標準化（batch normalization）讓深層 sigmoid 網路訓練得動
lesson-batch-norm-surface-title = 批次標準化改變誤差曲面
lesson-batch-norm-testing-title = 測試時的批次標準化使用移動平均（moving average）

# 課程的論斷（測量到的數填進 { $名稱 }；百分比帶 「 %」，百分點只有數字）和對照組說明。

lesson-model-bias-claim = 線性模型（沒有隱藏層）在 moons 上最後的訓練損失為 { $train_loss }（{ $train_accuracy_percent } 正確）；用同樣方式（Adam，60 輪）訓練的 2-16-16-2 網路達到 { $other_train_loss }（{ $other_train_accuracy_percent }）：小模型的損失高，是因為模型偏差（model bias）。
lesson-model-bias-control = 在直線就能分開的高斯團（blobs）上，線性模型沒有模型偏差：它的訓練損失和大網路一樣低。
lesson-optimization-issue-claim = 用同樣方式訓練（SGD，lr 0.5，在 150 個 moons 上訓練 60 輪），五層 sigmoid 網路最後的訓練損失為 { $train_loss }、測試損失為 { $test_loss }；一層的網路為 { $other_train_loss } 和 { $other_test_loss }：更深的網路連在訓練資料上都更差，這是最佳化問題（optimization issue）。
lesson-optimization-issue-control = 把 sigmoid 層換成 tanh，五層網路就訓練得動：它最後的訓練損失低於淺層網路。
lesson-overfitting-claim = 擬合 { $train_examples_small } 個帶雜訊的樣本時，1-64-64-1 網路的訓練損失達到 { $train_loss_small }，但在新樣本上是 { $test_loss_small }，差距 { $gap_small }；擬合 { $train_examples_large } 個樣本時訓練損失為 { $train_loss_large }，接近雜訊（σ² = 0.09），差距 { $gap_large }。這就是過擬合（overfitting）。
lesson-overfitting-control = 1-2-1 網路的參數太少，穿不過 12 個帶雜訊的點：樣本少和樣本多時它都停在雜訊水平。
lesson-data-augmentation-claim = 在 60 個帶雜訊的 moons 上訓練，2-64-64-2 網路把其中 { $train_accuracy_none_percent } 分對，但 { $test_examples } 個新樣本只分對 { $test_accuracy_none_percent }（差距 { $gap_none_pp } 個百分點）；在 { $train_examples_jitter } 個抖動（jitter）過的樣本上訓練，為 { $train_accuracy_jitter_percent } 和 { $test_accuracy_jitter_percent }（差距 { $gap_jitter_pp } 個百分點）；改為加入上下顛倒的副本，新樣本只分對 { $test_accuracy_upside_down_percent }。
lesson-data-augmentation-control = 在上下顛倒後看起來一樣的 circles 上，上下顛倒的副本是合理的資料擴增（data augmentation）：測試準確率沒有下降。
lesson-constraint-claim = 在 12 個帶雜訊的樣本上，不加限制的 1-64-64-1 網路訓練損失為 { $train_loss_none }、測試損失為 { $test_loss_none }（差距 { $gap_none }）；權重衰減 0.01 時差距為 { $gap_decay }，只有一層 3 個單元時為 { $gap_fewer }，在第 { $stop_epoch } 輪提前停止時為 { $gap_early }；權重衰減為 1 時訓練損失升到 { $train_loss_strong }（權重衰減 0.01 時為 { $train_loss_decay }）。
lesson-constraint-control = 0.0001 的權重衰減是太弱的限制：差距沒有減半。
lesson-model-selection-claim = 訓練損失從 { $train_loss_0 }（候選 0，一個單元）降到 { $train_loss_4 }（候選 4，128-128），但驗證集（validation set）上的損失選出候選 { $pick }（{ $pick_validation_loss }，候選 0 為 { $validation_loss_0 }，候選 4 為 { $validation_loss_4 }）；在只看一次的測試集上，選出的模型得到 { $pick_test_loss }，最複雜的得到 { $test_loss_4 }。
lesson-model-selection-control = 用 2,000 個乾淨的 moons 時，連最大的網路也不過擬合：驗證集選出最複雜的候選。
lesson-mismatch-claim = 在 300 個 moons 上訓練，網路把留出的 moons 分對 { $test_accuracy_percent }，但旋轉過的只分對 { $shifted_accuracy_percent }（差距 { $gap_pp } 個百分點）；用十倍的資料（3,000 個）訓練，為 { $test_accuracy_large_percent } 對 { $shifted_accuracy_large_percent }：更多資料彌補不了不匹配（mismatch）。
lesson-mismatch-control = 用來自訓練分佈的 moons（旋轉 0°）測試時，根本沒有差距。
lesson-critical-points-claim = 在 (1, 1)：‖∇L‖ = { $gradient_norm_0 }，λ = { $lambda_min_0 } 和 { $lambda_max_0 }，是局部最小值（local minimum）；在 (−1, −1)：λ = { $lambda_min_1 } 和 { $lambda_max_1 }，是局部最大值；在 (1, −1)：λ = { $lambda_min_2 } 和 { $lambda_max_2 }，是鞍點（saddle point）。從最小值走一步 δ = (0.1, 0.1) 得到 L = { $taylor_true }；二階泰勒近似 L(θ′) + ½δᵀHδ 給出 { $taylor_quadratic }。
lesson-critical-points-control = 在 (0.5, 0.5) 梯度不為零：這不是臨界點，檢驗不適用。
lesson-saddle-claim = 在原點 ‖∇L‖ = { $gradient_norm }，黑塞矩陣（Hessian）為 H = [[{ $h11 }, { $h12 }], [{ $h12 }, { $h22 }]]，特徵值（eigenvalue）為 { $lambda_min } 和 { $lambda_max }：一個鞍點。它對應 λ = { $lambda_min } 的特徵向量 u = ({ $u_x }, { $u_y }) 是一條下坡路：沿它走 0.1 讓損失降低 { $drop }（½·|λ|·0.1² = 0.01）。
lesson-saddle-control = 在 (1, 1)，w1·w2 = 1 上的一個最小值，沒有負的特徵值，任何一步都不會降低損失。
lesson-monkey-saddle-claim = 在原點 ‖∇f‖ = { $gradient_norm }，黑塞矩陣的兩個特徵值都為零（{ $lambda_min }，{ $lambda_max }）：二階檢驗無法判斷。
lesson-monkey-saddle-control = 普通的鞍面 x² − y² 在原點的特徵值為 2 和 −2：檢驗可以判斷。
lesson-minimum-ratio-claim = 在 moons 上訓練的 2-8-8-2 tanh 網路（訓練損失 { $train_loss }）停下時 ‖∇L‖ = { $gradient_end }，開始時為 { $gradient_start }。它的 { $parameters } 個黑塞矩陣特徵值中 { $positive } 個為正、{ $negative } 個為負、{ $zero } 個為零：最小值比例（minimum ratio）為 { $minimum_ratio }，不是局部最小值。{ $networks } 個這樣的網路（種子 0 到 11）中，{ $stopped } 個這樣停下，{ $with_negative } 個有負特徵值；它們的最小值比例從 { $ratio_min } 到 { $ratio_max }。
lesson-minimum-ratio-control = 線性分類器的交叉熵是凸的：它訓練停下的地方沒有負特徵值。
lesson-mini-batches-claim = 在全批次訓練停下的地方（訓練損失 { $train_loss }；黑塞矩陣在 { $parameters } 個特徵值中有 { $negative } 個為負），‖∇L‖ = { $gradient_full }，但一個樣本的批次平均有 ‖∇L¹‖ = { $gradient_1 }，8 個樣本的為 { $gradient_8 }。在這臺機器上，B = 1 時一次更新需要 { $update_us_1 } µs，用全部 { $examples } 個樣本時需要 { $update_us_full } µs；一輪（epoch）為 { $epoch_ms_1 } ms 對 { $epoch_ms_full } ms。
lesson-mini-batches-control = 沒有雜訊的 moons，網路能完全分開：訓練停下的地方，每個樣本的損失也幾乎在最小值，單個樣本的梯度和全批次的一樣小。
lesson-small-batch-escapes-saddle-claim = 從 (−1.5, 1.5) 出發，沒有雜訊的梯度下降最後離鞍點 { $distance_noiseless }，損失 { $loss_noiseless }（‖∇L‖ = { $gradient_noiseless }）；加上小批次雜訊（σ = 0.1，B = 4）後它離開鞍點，損失達到 { $loss_noisy }。
lesson-small-batch-escapes-saddle-control = 從反對角線外的 (−1.5, 1.2) 出發，沒有雜訊的梯度下降也會離開鞍點。
lesson-small-batches-leave-saddle-claim = 從同一個起點各走 { $updates } 次更新（lr 0.1），8、16 和 32 的批次分別在 { $escape_8 }、{ $escape_16 } 和 { $escape_32 } 次更新後離開鞍點（訓練損失低於 0.5），最後損失為 { $loss_16 }（B = 16）；{ $examples } 個樣本的全批次停在 { $loss_full }，那裡 ‖∇L‖ = { $gradient_full }，黑塞矩陣有 { $negative } 個負特徵值（最小為 { $lambda_min }）。
lesson-small-batches-leave-saddle-control = 沒有轉半圈的副本，circles 就不完全對稱：輸出層上的全梯度不為零，梯度下降和小批次一樣早就離開了。
lesson-batch-size-flat-minima-claim = 批次大小為 1 的 { $seeds } 次訓練中，{ $flat_small } 次停在平坦的最小值（{ $sharp_small } 次留在尖銳的）；批次大小為 16 時，{ $flat_large } 次如此（{ $sharp_large } 次留下）。最後的訓練損失：{ $train_loss_small } 對 { $train_loss_large }；測試損失（平移 0.15）：{ $test_loss_small } 對 { $test_loss_large }。
lesson-batch-size-flat-minima-control = 沒有雜訊（σ = 0）時，任何批次大小都離不開尖銳的最小值。
lesson-momentum-claim = SGD（lr 0.01）停在淺的山谷（f = { $final_loss_0 }），lr 0.1 的 SGD 也是（f = { $final_loss_2 }）；帶動量（momentum）0.9、lr 0.01 的 SGD 滾過小山丘進入深的山谷（f = { $final_loss_1 }）。
lesson-momentum-control = lr 0.2 時，普通梯度下降衝過淺的山谷，也落進深的山谷。
lesson-stuck-large-gradient-claim = 在 lr = 0.0019999（2/λmax = 0.002）時，{ $steps } 次更新後損失仍是 { $loss_end }（開始時 { $loss_start }），‖∇L‖ 仍是 { $gradient_end }（開始時 { $gradient_start }）：訓練卡住了，但梯度很大，陡的座標在 { $steps } 次更新中有 { $flips } 次改變符號。
lesson-stuck-large-gradient-control = 在 lr = 1/λmax = 0.001 時，陡的方向一步就穩定下來：損失下降，梯度變小。
lesson-one-learning-rate-claim = { $steps } 次更新中，兩個固定的學習率都沒有到達：lr = 0.0019999 在 { $flips_0 } 次更新中跨過山谷來回跳，最後損失為 { $loss_end_0 }；lr = 0.00001 從不跳，慢慢爬到損失 { $loss_end_1 }。
lesson-one-learning-rate-control = 在圓的碗（κ = 1）上，0.5 和 0.1 的固定學習率都能到達。
lesson-adaptive-learning-rate-claim = AdaGrad 在 { $steps_1 } 步內達到 f < 1e-6，RMSProp 用 { $steps_2 } 步，Adam 用 { $steps_3 } 步；最大穩定學習率下的梯度下降需要 { $steps_0 } 步。
lesson-adaptive-learning-rate-control = 旋轉 45° 後，山谷不再沿著座標軸：逐座標的學習率分不出陡和平，自適應方法失去 5 倍的領先。
lesson-adagrad-bursts-claim = 講座裡的 AdaGrad（lr 1，不變）從低於起始損失的 0.1 % 又爬回高於 10 %，共 { $bursts_0 } 次，最後損失為 { $loss_end_0 }；學習率衰減（每次更新 ×0.97）時它從不暴衝，在 { $steps_1 } 次更新內達到 f < 1e-6。
lesson-adagrad-bursts-control = 沒有衰減時，第二位選手也會暴衝。
lesson-rmsprop-claim = 在懸崖上（−1 ≤ x ≤ 1），α = 0.99 的 RMSProp 步長可達 { $jump_0 }，在 { $past_0 } 次更新後越過 x = 2.5；α = 0.5 時那裡的步長最多 { $jump_1 }，在 { $past_1 } 次更新後越過。
lesson-rmsprop-control = 兩位選手都用 α = 0.99 時，誰也不會更早反應。
lesson-adam-claim = β₁ = 0 且沒有偏差修正的 Adam 在所有更新中與 RMSProp（α = 0.999）相差不超過 { $gap }。有了動量（β₁ = 0.9），Adam 走出自己的路徑：它在 { $steps_2 } 次更新內達到 f < 1e-6，RMSProp 需要 { $steps_0 } 次。
lesson-adam-control = 開啟 Adam 的動量（β₁ = 0.9）後，它的路徑就不再是 RMSProp 的。
lesson-warm-up-claim = 在前 50 次更新中，沒有預熱的 RMSProp（lr 0.1）爬到起始損失的 { $overshoot_0 } 倍；有 100 次更新的線性預熱（warm up）時，它的損失一直低於起點（最多 { $overshoot_1 } 倍）。
lesson-warm-up-control = 用不變的學習率代替預熱時，選手衝過頭的程度和沒有預熱一樣。
lesson-cross-entropy-logits-claim = 從 (−8, 8) 出發，交叉熵（cross-entropy）上的梯度下降從損失 { $loss_start } 降到 { $loss_end }；在 MSE 上它停在 { $plateau_loss_end }，‖∇L‖ = { $plateau_gradient_end }，而從原點出發它能達到 { $plateau_best }。
lesson-cross-entropy-logits-control = 從兩個 logit 相等的原點出發，MSE 並不平坦，和交叉熵一樣下降。
lesson-cross-entropy-classifier-claim = 從遠處的起點出發，交叉熵從 { $loss_start } 降到它的最小值 { $loss_end }（‖∇L‖ = { $gradient_end }）；softmax 上的 MSE 停在 { $plateau_loss_end }，‖∇L‖ = { $plateau_gradient_end }，遠高於它從原點出發能達到的 { $plateau_best }。
lesson-cross-entropy-classifier-control = 從原點出發時，MSE 不在它的高原上，能降到它所能達到的最低。
lesson-feature-normalization-claim = 特徵歸一化（feature normalization）讓條件數從 { $condition_raw } 降到 { $condition_normalized }（{ $condition_ratio } 倍）；lr = 1/λmax 的梯度下降不歸一化時需要 { $steps_raw } 步，歸一化後需要 { $steps_normalized } 步（少 { $steps_ratio } 倍）。
lesson-feature-normalization-control = 特徵尺度相同（scale = 1）時，曲面本來就是圓的：歸一化改變不大。
lesson-batch-norm-trains-claim = 五個 sigmoid 層，SGD lr 0.5、動量 0.9，60 輪：有批次標準化（batch normalization）時訓練損失最後為 { $train_loss }（{ $train_accuracy_percent } 正確）；沒有時為 { $other_train_loss }（{ $other_train_accuracy_percent }）。
lesson-batch-norm-trains-control = 只有一個 sigmoid 層的網路不用批次標準化也訓練得動：沒有需要修正的失敗。
lesson-batch-norm-surface-claim = Moons，2-16-16-2 tanh，Adam：有批次標準化時，黑塞矩陣最陡的兩個特徵值為 { $lambda_1 } 和 { $lambda_2 }（λ₁/λ₂ = { $leading_ratio }）；沒有時為 { $other_lambda_1 } 和 { $other_lambda_2 }（λ₁/λ₂ = { $other_leading_ratio }）。
lesson-batch-norm-surface-control = 只有一個 16 單元的隱藏層時，批次標準化讓曲面變圓得少得多：λ₁/λ₂ 沒有減半。
lesson-batch-norm-testing-claim = 用移動平均（moving average）時，訓練好的網路把留出的 moons 分對 { $eval_accuracy_percent }；用每個測試樣本自己的統計量來標準化（一個樣本的批次）時為 { $single_accuracy_percent }；把整個測試集當成一個批次時為 { $batch_accuracy_percent }。
lesson-batch-norm-testing-control = 沒有批次標準化時，網路沒有會出錯的統計量：一次一個樣本也和平常一樣準確。

# 課程的主題，用講座的標題（任務攻略 = General guide）。

lesson-model-bias-topic = 任務攻略：訓練損失很大
lesson-optimization-issue-topic = 任務攻略：模型偏差還是最佳化問題？
lesson-overfitting-topic = 任務攻略：訓練損失小，測試損失大
lesson-data-augmentation-topic = 任務攻略：訓練損失小，測試損失大
lesson-constraint-topic = 任務攻略：過擬合
lesson-model-selection-topic = 任務攻略：如何選擇模型
lesson-mismatch-topic = 任務攻略：訓練損失小，測試損失大
lesson-critical-points-topic = 局部最小值與鞍點
lesson-saddle-topic = 局部最小值與鞍點：一個例子
lesson-monkey-saddle-topic = 局部最小值與鞍點：退化點（講座之外）
lesson-minimum-ratio-topic = 鞍點與局部最小值
lesson-mini-batches-topic = 批次：小批次與大批次
lesson-small-batch-escapes-saddle-topic = 批次：小批次與大批次
lesson-small-batches-leave-saddle-topic = 批次：小批次與大批次
lesson-batch-size-flat-minima-topic = 批次：小批次與大批次
lesson-momentum-topic = 動量
lesson-stuck-large-gradient-topic = 自動調整學習率：訓練卡住 ≠ 梯度很小
lesson-one-learning-rate-topic = 自動調整學習率：即使沒有臨界點，訓練也可能很難
lesson-adaptive-learning-rate-topic = 自動調整學習率：因參數而異
lesson-adagrad-bursts-topic = 自動調整學習率：Adagrad 與學習率排程
lesson-rmsprop-topic = 自動調整學習率：RMSProp
lesson-adam-topic = 自動調整學習率：Adam
lesson-warm-up-topic = 自動調整學習率：學習率排程（預熱）
lesson-cross-entropy-logits-topic = 損失函式：分類
lesson-cross-entropy-classifier-topic = 損失函式：分類
lesson-feature-normalization-topic = 批次標準化：改變誤差曲面
lesson-batch-norm-trains-topic = 批次標準化
lesson-batch-norm-surface-topic = 批次標準化：改變誤差曲面
lesson-batch-norm-testing-topic = 批次標準化：測試
