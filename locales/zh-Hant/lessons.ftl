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

lesson-model-bias-claim = 線性模型（沒有隱藏層）在 moons 上最後的訓練損失為 { $train_loss }（{ $train_accuracy_percent } 正確）；用同樣方式（Adam，60 回合）訓練的 2-16-16-2 網路達到 { $other_train_loss }（{ $other_train_accuracy_percent }）：小模型的損失高，是因為模型偏差（model bias）。
lesson-model-bias-control = 在直線就能分開的高斯團（blobs）上，線性模型沒有模型偏差：它的訓練損失和大網路一樣低。
lesson-optimization-issue-claim = 用同樣方式訓練（SGD，lr 0.5，在 150 個 moons 上訓練 60 回合），五層 sigmoid 網路最後的訓練損失為 { $train_loss }、測試損失為 { $test_loss }；一層的網路為 { $other_train_loss } 和 { $other_test_loss }：更深的網路連在訓練資料上都更差，這是最佳化問題（optimization issue）。
lesson-optimization-issue-control = 把 sigmoid 層換成 tanh，五層網路就訓練得動：它最後的訓練損失低於淺層網路。
lesson-overfitting-claim = 擬合 { $train_examples_small } 個帶雜訊的樣本時，1-64-64-1 網路的訓練損失達到 { $train_loss_small }，但在新樣本上是 { $test_loss_small }，差距 { $gap_small }；擬合 { $train_examples_large } 個樣本時訓練損失為 { $train_loss_large }，接近雜訊（σ² = 0.09），差距 { $gap_large }。這就是過擬合（overfitting）。
lesson-overfitting-control = 1-2-1 網路的參數太少，穿不過 12 個帶雜訊的點：樣本少和樣本多時它都停在雜訊水平。
lesson-data-augmentation-claim = 在 60 個帶雜訊的 moons 上訓練，2-64-64-2 網路把其中 { $train_accuracy_none_percent } 分對，但 { $test_examples } 個新樣本只分對 { $test_accuracy_none_percent }（差距 { $gap_none_pp } 個百分點）；在 { $train_examples_jitter } 個抖動（jitter）過的樣本上訓練，為 { $train_accuracy_jitter_percent } 和 { $test_accuracy_jitter_percent }（差距 { $gap_jitter_pp } 個百分點）；改為加入上下顛倒的副本，新樣本只分對 { $test_accuracy_upside_down_percent }。
lesson-data-augmentation-control = 在上下顛倒後看起來一樣的 circles 上，上下顛倒的副本是合理的資料擴增（data augmentation）：測試準確率沒有下降。
lesson-constraint-claim = 在 12 個帶雜訊的樣本上，不加限制的 1-64-64-1 網路訓練損失為 { $train_loss_none }、測試損失為 { $test_loss_none }（差距 { $gap_none }）；權重衰減 0.01 時差距為 { $gap_decay }，只有一層 3 個單元時為 { $gap_fewer }，在第 { $stop_epoch } 回合提前停止時為 { $gap_early }；權重衰減為 1 時訓練損失升到 { $train_loss_strong }（權重衰減 0.01 時為 { $train_loss_decay }）。
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
lesson-mini-batches-claim = 在全批次訓練停下的地方（訓練損失 { $train_loss }；黑塞矩陣在 { $parameters } 個特徵值中有 { $negative } 個為負），‖∇L‖ = { $gradient_full }，但一個樣本的批次平均有 ‖∇L¹‖ = { $gradient_1 }，8 個樣本的為 { $gradient_8 }。在這臺機器上，B = 1 時一次更新需要 { $update_us_1 } µs，用全部 { $examples } 個樣本時需要 { $update_us_full } µs；一回合（epoch）為 { $epoch_ms_1 } ms 對 { $epoch_ms_full } ms。
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
lesson-batch-norm-trains-claim = 五個 sigmoid 層，SGD lr 0.5、動量 0.9，60 回合：有批次標準化（batch normalization）時訓練損失最後為 { $train_loss }（{ $train_accuracy_percent } 正確）；沒有時為 { $other_train_loss }（{ $other_train_accuracy_percent }）。
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
lesson-cross-entropy-logits-topic = 損失函數：分類
lesson-cross-entropy-classifier-topic = 損失函數：分類
lesson-feature-normalization-topic = 批次標準化：改變誤差曲面
lesson-batch-norm-trains-topic = 批次標準化
lesson-batch-norm-surface-topic = 批次標準化：改變誤差曲面
lesson-batch-norm-testing-topic = 批次標準化：測試

# 課程的講解，每段一行。詞彙表（locales/glossary.toml）中的術語第一次出現時，後面用括號附上英文。

lesson-model-bias-explanation =
    當訓練資料上的損失一直很大，第一個嫌疑是模型偏差（model bias）：模型太簡單，參數怎麼選都擬合不了資料——「大海撈針，但針根本不在海里」。解決辦法是更有彈性的模型：更多特徵、更多神經元或更多層。

    網路視窗訓練的是這個小模型：兩個 moons 上的線性分類器，沒有隱藏層。它的決策邊界只能是一條直線，無論訓練多久都跟不上 moons 的彎曲。把隱藏層寬度設為 16,16 再訓練：邊界彎了，訓練損失也降下來。
lesson-optimization-issue-explanation =
    要分辨模型偏差（model bias）和最佳化問題（optimization issue），先從容易最佳化的淺層網路開始。更深的網路至少能做到淺層網路做到的事，所以如果它的訓練損失反而更高，問題出在最佳化，而不是模型的彈性——這就是講座中 20 層對 56 層的比較。要看訓練損失，而不只是測試損失：更深的網路在兩者上都更差，所以這不是過擬合（overfitting）。

    網路視窗訓練的是深層網路：五個 sigmoid 層，用普通的 SGD。它的訓練曲線和測試曲線都停在 ln 2 ≈ 0.693（兩個類別的隨機猜測水平），邊界幾乎不動：梯度每經過一個 sigmoid 層就縮小一次。把隱藏層寬度設為 16 再訓練。
lesson-overfitting-explanation =
    訓練損失小、測試損失卻很大時，模型可能過擬合（overfitting）了。在少量帶雜訊的樣本上訓練的彈性模型會穿過每一個樣本，連雜訊也一起擬合；而在樣本之間，它「自由發揮」：訓練資料沒有告訴它那裡該怎麼做，它就怎麼做都行，新樣本於是落在離它的曲線很遠的地方。這裡的資料是一條平滑曲線上帶雜訊的點；網路有兩個隱藏層，各 64 個單元。

    最簡單的解決辦法是更多訓練資料：樣本多十倍時，同一個網路就沒有餘地去死記，它的曲線跟著資料的趨勢走，測試損失和訓練損失之間的差距也消失了。圖中畫出兩條擬合的曲線；網路視窗在少量樣本上訓練這個網路：看曲線為了夠到每個點而彎曲，同時測試損失上升。
lesson-data-augmentation-explanation =
    更多訓練資料能縮小過擬合（overfitting）的差距，但新資料常常拿不到。資料擴增（data augmentation）從已有的樣本造出新樣本，用的是不改變類別的變換：左右翻轉或稍微裁剪過的圖片，內容還是同一個東西。這裡的樣本是點，抖動（jitter）把每個點複製四份並稍微移動（σ = 0.2）：稍微移動過的月亮還是那個月亮。網路在 60 個原始點上過擬合；在抖動過的點上訓練時，它就無法再繞著單個點打轉：差距縮小，在新樣本（同樣的 moons 上的 1000 個）上的成績也更好。

    資料擴增必須對這份資料合理。講座的例子是上下顛倒的圖片，而測試中從來不會出現這種圖片。這裡上下顛倒的副本把每個月亮上下翻轉，卻保留原來的類別，於是教給網路不存在的月亮，它在真正的月亮上成績變差。兩種都可以在網路視窗的「增強」選項中試試。
lesson-constraint-explanation =
    除了更多訓練資料和資料擴增（data augmentation），對付過擬合（overfitting）的另一個辦法是限制模型：更少或共享的參數、更少的特徵、提前停止（early stopping）、正則化（regularization）、dropout——「它必須是二次曲線」。這裡用其中三種來限制過擬合那一課的網路，擬合的是同樣 12 個帶雜訊的樣本：權重衰減（weight decay），即讓權重保持很小的 L2 懲罰 (λ/2)·‖W‖²；更少的隱藏單元；以及提前停止，保留在另一份驗證集（validation set）上損失最低的那個回合（epoch）的權重。每一種都消除了測試損失和訓練損失之間的大部分差距：圖中畫出這些曲線，在不加限制的曲線自由發揮的地方，它們都很平穩。

    但是限制太多又會帶回模型偏差（model bias）：權重衰減很強時，網路連訓練樣本都跟不上，曲線被壓平，趨向它們的平均值。網路視窗用適中的權重衰減訓練這個網路；把權重衰減設為 0 或 1 再訓練來比較。
lesson-model-selection-explanation =
    模型越有彈性，訓練損失就越低，但測試損失先降後升：先是模型偏差（model bias）變小，然後是過擬合（overfitting）——偏差與複雜度的權衡。要選在沒訓練過的資料上表現最好的模型，但不能用測試集來選，否則測試分數就失去了意義。留出一部分訓練資料作為驗證集（validation set），在那裡選擇，最後只看一次測試集；也可以輪流留出不同的部分，即 N 折交叉驗證（N-fold cross validation）。

    這裡有五個網路，從一個隱藏單元到兩層各 128 個單元，在 150 個帶雜訊的 moons 的四分之三（112 個）上訓練，用最後四分之一（38 個）來評判；另外 50 個是測試集。圖中從最簡單到最複雜的候選畫出三種損失。網路視窗訓練其中一個候選（16 個單元）；改變寬度就能訓練其他候選。
lesson-mismatch-explanation =
    測試損失大，原因不只有過擬合（overfitting）。不匹配（mismatch）時，訓練資料和測試資料來自不同的分佈，更多訓練資料也沒有用。這裡網路在 moons 上訓練，卻在旋轉了 60° 的 moons 上測試——就像學習用的照片和測試用的照片之間，相機歪了一個角度。

    和前面三課一起，講座的攻略就完整了：訓練損失大 → 模型偏差（model bias）或最佳化問題（optimization issue）；訓練損失小而測試損失大 → 過擬合或不匹配。
lesson-critical-points-explanation =
    損失不再下降時，梯度可能幾乎為零：這個點是一個臨界點（critical point）。在它附近，泰勒展開（Taylor expansion）L(θ) ≈ L(θ′) + ½(θ − θ′)ᵀH(θ − θ′) 由黑塞矩陣（Hessian）H 決定。H 的特徵值（eigenvalue）全為正：局部最小值（local minimum）。全為負：局部最大值（local maximum）。有正有負：鞍點（saddle point）。

    曲面 f = x³ − 3x + y³ − 3y 三種都有：把滑鼠移到 (1, 1)、(−1, −1) 和 (1, −1)，讀黑塞矩陣探針上的特徵值。特徵向量（eigenvector）十字標出每個方向：曲面向上彎的方向為藍色，向下彎的為紅色。
lesson-saddle-explanation =
    網路 y = w1·w2·x 在唯一的樣本 x = 1、目標 1 上的誤差曲面（error surface）是 L = (1 − w1·w2)²。曲線 w1·w2 = 1 上的每一點都是最小值。在原點梯度恰好為零，卻不是最小值：黑塞矩陣（Hessian）有一個負的和一個正的特徵值（eigenvalue），所以它是鞍點（saddle point）。

    鞍點是可以逃離的：沿著負特徵值的特徵向量（eigenvector）u，L(θ′ + u) ≈ L(θ′) + ½λ‖u‖² < L(θ′)，而 u = (1, 1)/√2 指向山谷 w1 = w2。游標處的特徵向量十字用紅色畫出它。實際上很少這樣逃離：計算黑塞矩陣和它的特徵向量，比它省下的梯度步驟要昂貴得多。
lesson-monkey-saddle-explanation =
    這不在講座之內，但講座的檢驗有一個值得一看的缺口：f = x³ − 3xy² 在原點有一個臨界點（critical point），那裡整個黑塞矩陣（Hessian）都是零。二階檢驗讀的是黑塞矩陣的特徵值（eigenvalue）；有特徵值為零時，它無法判斷。圖中可以看出原因：三條山谷往下、三道山脊往上——既不是最小值、最大值，也不是普通的鞍點（saddle point）。

    網路中零特徵值很常見：連小網路在 (1, 1) 的真正最小值，特徵值也是 4 和 0（山谷 w1·w2 = 1 沿著自己是平的）。
lesson-minimum-ratio-explanation =
    二維中的局部最小值（local minimum）在更多維中可能是鞍點（saddle point）：有上百萬個參數時，可逃離的方向很多。講座用最小值比例（minimum ratio）來衡量這一點：在訓練停下的點（梯度幾乎為零）上，正特徵值（eigenvalue）的個數除以所有特徵值的個數。沒有平坦方向的真正局部最小值，比例為 1；講座圖中的網路停在 0.5 到 0.6 之間。

    這裡用十二個種子訓練小網路，直到每個網路的梯度比開始時小一百倍，並精確地計算每個完整的黑塞矩陣（Hessian）；圖中像講座那樣，畫出每個網路的訓練損失對它的最小值比例。零特徵值（平坦方向）也會拉低比例：網路有很多零特徵值，所以單看比例分不出鞍點和平坦的最小值——要看負的特徵值。網路視窗在訓練後顯示黑塞矩陣的特徵值譜。
lesson-mini-batches-explanation =
    訓練並不是一次在全部資料上計算梯度：它把資料分成批次（batch），每個批次做一次更新，把走過所有批次一遍稱為一個回合（epoch），每個回合重新打亂。每個批次有自己的損失 L¹、L²、…。這裡的網路用全批次（full batch）訓練到停下：L 的梯度幾乎為零，黑塞矩陣（Hessian）的負特徵值（eigenvalue）說明它停在鞍點（saddle point）附近。各批次的梯度卻不為零：一個樣本的批次指向完全不同的方向，所以小批次（small batch）的更新不會停在全批次梯度消失的地方。圖中畫出批次梯度的大小對批次大小（batch size）B 的關係，取自這些樣本的真實隨機批次，旁邊是抽樣理論 √(‖∇L‖² + S/B·(N−B)/(N−1))，S 是單個樣本梯度的離散程度：雜訊像 1/√B 那樣下降。

    講座的表格說，在 GPU 上大批次（large batch）每次更新並不更費時，因為 GPU 平行計算這些樣本，所以大批次的一個回合更快。下面的時間是這臺機器剛剛測量的：在核心不多的 CPU 上，大批次每次更新確實更費時，但大批次的一個回合仍然更快，因為更少的更新分攤了固定的開銷。
lesson-small-batch-escapes-saddle-explanation =
    用小批次（small batch）時，每次更新看到的是不同的損失 L¹、L²、…：一個的臨界點（critical point）通常不是下一個的臨界點（上一課在真實的批次（batch）上測量過），所以帶雜訊的更新不會卡在全批次（full batch）梯度為零的地方。

    選手從小網路誤差曲面（error surface）的反對角線上出發，在那裡全梯度正對著鞍點（saddle point）：沒有雜訊時，梯度下降（gradient descent）收斂到鞍點裡，右邊的窗格顯示了這一點（同一個選手，σ = 0）。這裡的小批次雜訊是模擬的：在精確的梯度上加上大小為 σ/√B 的高斯雜訊。
lesson-small-batches-leave-saddle-explanation =
    這是講座說明帶雜訊的更新為什麼有助於訓練的理由，用在真實的資料集和真實的小批次（small batch）上。circles 資料集裡的每個樣本也繞原點轉了半圈複製一份，所以訓練集完全對稱；網路開始時輸出是關閉的：所有偏置和輸出層的權重都為零，就像把最後一層初始化為零的做法。於是每個樣本對輸出層的拉力，都被它轉過的副本抵消：全批次（full batch）的梯度只擬合類別比例，梯度下降（gradient descent）滑進 L 的一個鞍點（saddle point）並停在那裡：‖∇L‖ 幾乎為零，還有一個負的特徵值（eigenvalue）。一個批次（batch）含有一些沒有副本的樣本：它在那裡的梯度不為零，小批次的更新就沿著負特徵值的方向離開。

    全批次也不會永遠卡住：10⁻¹⁶ 的舍入誤差也會沿著那個方向增長，大約在這些更新的兩倍之後讓它脫身。網路視窗用 16 個樣本的批次訓練；分割畫面檢視顯示用全批次訓練的同一個網路。
lesson-batch-size-flat-minima-explanation =
    兩個一樣深的最小值：左邊一個尖銳狹窄，右邊一個平坦寬闊。每個選手都從尖銳的那個出發。小批次（small batch）給出帶雜訊的梯度（雜訊 σ/√B）：這些衝擊把選手踢出狹窄的井，它停在寬闊的那個裡，在那裡同樣的衝擊無關緊要。大批次（large batch）把雜訊平均掉，選手就留在原地。在小批次雜訊面板中試試批次大小（batch size）B，以及其他種子。

    講座把平坦的最小值和更好的測試結果聯絡起來：如果測試損失是稍微平移過的訓練損失，平坦的最小值損失得更少。本課正是這樣測量的：這裡的測試損失是平移了 (0.15, 0) 的訓練損失，在每次訓練結束的地方求值。對訓練來說兩個最小值一樣深；只有平坦的那個經得起平移。這個解釋仍有爭議，而且這裡的雜訊是模擬的（在精確的梯度上加上 σ/√B），不是從真實的批次（batch）中抽出的。
lesson-momentum-explanation =
    有了動量（momentum），每次更新是上一次的移動乘上一個係數，再減去梯度步：m⁰ = 0，mᵗ = λmᵗ⁻¹ − ηgᵗ⁻¹，θᵗ = θᵗ⁻¹ + mᵗ。所以 mᵗ 是所有過去梯度的加權和，點不會停在梯度消失的地方。PyTorch 把同樣的規則寫成 b ← μb + g，θ ← θ − ηb：學習率（learning rate）不變時，它就是講座的規則，其中 m = −ηb，λ = μ。

    每個選手頭部的箭頭畫出講座的圖：梯度步（紅色）、動量（虛線）以及兩者之和，即實際的更新。普通的梯度下降（gradient descent）停在第一個淺的山谷裡；動量 0.9 時，選手滾過小山丘進入深的山谷。普通梯度下降會不會停下，取決於它的學習率：在 lr 0.1，即動量選手的有效學習率 0.01/(1 − 0.9) 時，它還是會停下。
lesson-stuck-large-gradient-explanation =
    損失不再下降時，我們往往怪罪臨界點（critical point）。其實梯度常常一點也不小：在峽谷中，學習率（learning rate）剛好低於 2/λmax 時，梯度下降（gradient descent）從一側峭壁彈到另一側。損失幾乎不動，‖∇L‖ 卻一直很大。看檢視下方的兩條曲線：損失是平的，梯度範數也是平的——離零很遠。

    頭部的箭頭顯示每次更新都跨過山谷翻到另一邊；峽谷橫向比縱向陡一千倍（λmax = 1000）。
lesson-one-learning-rate-explanation =
    這裡的誤差曲面（error surface）是凸的——只有一個最小值，路上沒有臨界點（critical point）——但固定學習率（learning rate）的梯度下降（gradient descent）兩頭都失敗。大的學習率（剛好低於 2/λmax）在陡的方向來回振盪，永遠穩定不下來；小的學習率在橫向是穩定的，卻沿著平緩的谷底慢慢爬，也到不了。學習率應該因參數而異：曲面陡的地方小，平的地方大——這是接下來幾課的內容。
lesson-adaptive-learning-rate-explanation =
    峽谷橫向比縱向陡一千倍。梯度下降（gradient descent）必須把學習率（learning rate）保持在 2/1000 以下才能在橫向穩定，所以它沿著谷底慢慢爬。AdaGrad、RMSProp 和 Adam 用自適應學習率（adaptive learning rate）η/σᵢᵗ：每個參數、每次迭代各有一個學習率。σ 由該座標梯度的平方開根號得到，所以陡的座標步子小，平的座標步子大。每個選手頭部的條形顯示兩個學習率。

    這裡的山谷沿著座標軸，這正是逐座標學習率最有用的情況：把它旋轉（angle 參數），優勢就縮小。三種自適應方法之間的排名來自手選的學習率，並不是方法本身的排名。
lesson-adagrad-bursts-explanation =
    講座中的 AdaGrad 把學習率（learning rate）除以 σᵢᵗ，即該參數所有過去梯度的均方根（root mean square）。在峽谷底部附近，橫向的梯度變得很小；隨著越來越多這樣的梯度被平均進去，它們的均方不斷縮小，於是 η/σ 越來越大，直到橫向的一步衝過頭——沿著峭壁暴衝上去。暴衝帶來大的梯度，σ 變大，選手平靜下來，然後又發生一次。

    學習率排程（learning rate scheduling）讓 η 隨時間變小，這叫學習率衰減（learning rate decay）；於是 η/σ 不再增大，選手就能到達。PyTorch 的 Adagrad 除以的是平方和的根，而不是均方根：這就是講座的規則，再加上已經內建的、像 1/√t 那樣變小的 η——所以它在這裡不會暴衝。兩種都在選手面板中（root_mean_square 開關）。
lesson-rmsprop-explanation =
    RMSProp 保持梯度平方的移動平均（moving average）σᵗ² = α·(σᵗ⁻¹)² + (1 − α)·(gᵗ)²，所以它可以決定最新的梯度佔多少分量。沿著這條路徑，曲面先平緩，然後突然變陡，再變平緩。α = 0.99（PyTorch 的預設值）時，懸崖來臨時 σ 還記得平緩的開頭，所以那裡的步子太長；過了懸崖，它又記著陡的梯度，於是慢慢爬過平緩的部分。α 小時，σ 跟著最新的梯度：它在懸崖上立刻剎車，過了懸崖立刻加速。

    每個選手頭部的條形顯示它的步長；下方的學習率（learning rate）圖顯示 η/σ。
lesson-adam-explanation =
    Adam 把兩個想法結合起來：動量（momentum）mᵗ 是梯度的移動平均（moving average），保留它們的方向；σᵗ 是梯度平方的移動平均的根，即 RMSProp 的大小；Adam 用 mᵗ 除以 σᵗ。m 和 σ 不會互相抵消：m 負責方向，σ 只負責大小。拿掉動量（β₁ = 0）並關掉偏差修正（bias correction），Adam 就是 α = β₂ 的 RMSProp，每一步都一樣。

    第三個選手是帶動量和偏差修正的 Adam，和 PyTorch 預設的執行方式一樣。逐步面板（暫停，再按 →）寫出 g、m、v、m̂、v̂ 和更新。
lesson-warm-up-explanation =
    自適應方法除以 σ，一個過去梯度的統計量。剛開始時它幾乎什麼都沒見過：PyTorch 的 RMSProp 把 g² 的移動平均（moving average）從零開始，所以最初幾步約為學習率（learning rate）的十倍，把從峽谷谷底附近出發的選手遠遠拋上峭壁。預熱（warm up）先用很小的學習率，在最初的更新中逐漸提高，讓 σ 收集統計量；ResNet 和 Transformer 都用到它。RAdam 把同樣的想法內建在最佳化器裡：在它對 σ 的方差的估計可信之前，完全不用自適應的步長。

    左邊的窗格是帶預熱的 RMSProp，右邊是學習率不變的同一個選手。
lesson-cross-entropy-logits-explanation =
    做分類時，類別用獨熱向量（one-hot vector）表示，類別 1 是 (1, 0)，這樣任何兩個類別都一樣遠；網路的輸出 y₁、y₂ 經過 softmax 變成 0 到 1 之間的機率——兩個類別時，這就是 y₁ − y₂ 的 sigmoid，是同一回事。損失通常是交叉熵（cross-entropy），這裡是 −ln p₁：最小化它就是最大化似然（likelihood）。PyTorch 的 CrossEntropyLoss 裡已經包含 softmax。

    這是講座的圖：一個類別 1 的樣本，在 (y₁, y₂) ∈ [−10, 10]² 上的損失，從左上角出發，那裡這個樣本錯得很厲害。左邊是交叉熵：選手滑下去。右邊是 softmax 的均方誤差（MSE），同一個選手從同一個起點出發：那裡同一個角落是平的，梯度下降（gradient descent）卡住了，儘管損失很大。損失函數會改變最佳化的難易。
lesson-cross-entropy-classifier-explanation =
    把上一課的圖用在真實的分類器上：一個權重、一個偏置，八個樣本，兩個類別（它在 logit ±z/2 上的 softmax 就是 z 的 sigmoid），從遠在錯誤一側的地方出發。交叉熵（cross-entropy）在那裡的梯度是每個樣本 |x|·|p − y|，大約為 |x|，所以梯度下降（gradient descent）滑下去。softmax 上的 MSE 飽和了：它的梯度幾乎消失，選手停在高原上：右邊的窗格用同一個選手顯示了這一點。
lesson-feature-normalization-explanation =
    兩個特徵上的線性網路，第二個特徵比第一個大十倍：w2 對損失的影響比 w1 大得多，所以誤差曲面（error surface）沿 w2 的彎曲陡一百倍——一條又長又窄的山谷，梯度下降（gradient descent）只能在裡面慢慢爬。特徵歸一化（feature normalization）讓每個特徵在整個訓練集上的平均值為 0、方差為 1；兩個權重於是同樣重要，等高線變成圓的。左邊的窗格是原始的網路，右邊是特徵歸一化後的同一個網路（net-regression-bn），兩邊是同樣的選手：lr 0.004 的梯度下降在原始曲面上穩定，在兩邊都慢慢爬；lr 0.5 時它在原始曲面上發散，在歸一化的曲面上三步就到達。

    這裡用整個資料集的統計量來歸一化輸入特徵；接下來幾課的批次標準化（batch normalization）對隱藏層做同樣的事，用的是每個批次（batch）的統計量。
lesson-batch-norm-trains-explanation =
    批次標準化（batch normalization）在每個批次（batch）上把隱藏層的值 z 標準化：每個單元在這個批次的樣本上平均值為 0、方差為 1，然後乘上學到的縮放 γ、加上平移 β。一個批次中的樣本現在會互相影響，所以批次必須夠大，它的統計量才有意義。

    這是最佳化問題（optimization issue）那一課的深層網路：五個 sigmoid 層，用 SGD 訓練（這裡帶 0.9 的動量（momentum）），它訓練不動。在每個隱藏層後面加上批次標準化，同一個網路就訓練得動——這是原論文的結果：sigmoid 網路加上它就能訓練。論文用內部協變數偏移（internal covariate shift）來解釋；後來的研究（Santurkar 等人，2018）對此存疑，認為批次標準化其實是讓誤差曲面（error surface）變得更平滑。
lesson-batch-norm-surface-explanation =
    批次標準化（batch normalization）改變誤差曲面（error surface）本身。左邊的曲面是訓練好的網路自己的損失，取在它的黑塞矩陣（Hessian）最陡的兩個方向構成的平面上，所以它的條件數（condition number）κ = λ₁/λ₂ 就是這個網路的；右邊是不用批次標準化訓練的同一個網路，用同樣的方式切片，放同樣的選手。有批次標準化時曲面更圓。切換曲面旁的批次標準化開關，重新訓練左邊的網路：右邊的跟著換成開關的另一邊（旁邊印出切換前後的 κ）。更圓的曲面是能用更大學習率（learning rate）的一個原因。變圓多少取決於網路：在這個較深的網路中 λ₁/λ₂ 下降約四倍，只有一個隱藏層時少得多。
lesson-batch-norm-testing-explanation =
    訓練時，批次標準化（batch normalization）使用每個批次（batch）的平均值和方差，再乘上學到的 γ（從 1 開始）、加上 β（從 0 開始）。測試時可能沒有批次：樣本一次來一個，它自己的「批次統計量」沒有意義——平均值就是它自己，方差為零，每個樣本輸出的都是 β。所以訓練時還會儲存這些統計量的移動平均（moving average），μ̄ ← 0.9·μ̄ + 0.1·μ（和 PyTorch 一樣），測試時用它們。

    網路視窗用批次標準化訓練這個網路；它的測試曲線是用移動平均計算的。

# 課程圖中兩個網路的名字（課程檔案的 names）。

lesson-model-bias-figure-name-0 = 線性模型
lesson-model-bias-figure-name-1 = 2-16-16-2
lesson-optimization-issue-figure-name-0 = 5 個 sigmoid 層
lesson-optimization-issue-figure-name-1 = 1 個 sigmoid 層
lesson-batch-norm-trains-figure-name-0 = 有批次標準化
lesson-batch-norm-trains-figure-name-1 = 沒有批次標準化
