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
