# 课程的标题。英文原文在 assets/lessons/*.toml；术语第一次出现时附上英文。

lesson-model-bias-title = 模型偏差（model bias）：模型太简单，拟合不了
lesson-optimization-issue-title = 更深不一定更好：优化问题（optimization issue）
lesson-overfitting-title = 过拟合（overfitting）：弹性大的模型自由发挥
lesson-data-augmentation-title = 数据增强（data augmentation）：要合理才有用
lesson-constraint-title = 限制模型，但不要限制太多
lesson-model-selection-title = 在验证集（validation set）上选择模型
lesson-mismatch-title = 不匹配（mismatch）：测试数据来自别处
lesson-critical-points-title = 临界点（critical point）：局部最小值、局部最大值、鞍点
lesson-saddle-title = 小网络的鞍点（saddle point）
lesson-monkey-saddle-title = 海森矩阵（Hessian）无能为力时：猴鞍面（monkey saddle）
lesson-minimum-ratio-title = 训练停下的地方，海森矩阵仍有负的特征值（eigenvalue）
lesson-mini-batches-title = 真实的小批次（mini-batch）：L 的临界点不是 L¹、L² 的临界点
lesson-small-batch-escapes-saddle-title = 带噪声的梯度不会停在鞍点
lesson-small-batches-leave-saddle-title = 全批次停在鞍点，真实的小批次会离开
lesson-batch-size-flat-minima-title = 小批次离开尖锐的最小值
lesson-momentum-title = 动量（momentum）滚过小山丘
lesson-stuck-large-gradient-title = 训练卡住不代表梯度很小
lesson-one-learning-rate-title = 一个学习率（learning rate）应付不了凸的峡谷
lesson-adaptive-learning-rate-title = 每个参数各有学习率，就能穿过峡谷
lesson-adagrad-bursts-title = AdaGrad 会突然暴冲，学习率调度（learning rate scheduling）让它平稳
lesson-rmsprop-title = RMSProp：小的 α 立刻反应
lesson-adam-title = Adam = RMSProp + 动量
lesson-warm-up-title = 预热（warm up）：σ 还估不准时先走小步
lesson-cross-entropy-logits-title = MSE 平坦之处，交叉熵（cross-entropy）仍有斜率
lesson-cross-entropy-classifier-title = 小分类器上的交叉熵与 MSE
lesson-feature-normalization-title = 特征归一化（feature normalization）让误差曲面（error surface）变圆
lesson-batch-norm-trains-title = 批次标准化（batch normalization）让深层 sigmoid 网络训练得动
lesson-batch-norm-surface-title = 批次标准化改变误差曲面
lesson-batch-norm-testing-title = 测试时的批次标准化使用移动平均（moving average）
