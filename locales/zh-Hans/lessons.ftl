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

# 课程的论断（测量到的数填进 { $名称 }；百分比带 “ %”，百分点只有数字）和对照组说明。

lesson-model-bias-claim = 线性模型（没有隐藏层）在 moons 上最后的训练损失为 { $train_loss }（{ $train_accuracy_percent } 正确）；用同样方式（Adam，60 轮）训练的 2-16-16-2 网络达到 { $other_train_loss }（{ $other_train_accuracy_percent }）：小模型的损失高，是因为模型偏差（model bias）。
lesson-model-bias-control = 在直线就能分开的高斯团（blobs）上，线性模型没有模型偏差：它的训练损失和大网络一样低。
lesson-optimization-issue-claim = 用同样方式训练（SGD，lr 0.5，在 150 个 moons 上训练 60 轮），五层 sigmoid 网络最后的训练损失为 { $train_loss }、测试损失为 { $test_loss }；一层的网络为 { $other_train_loss } 和 { $other_test_loss }：更深的网络连在训练数据上都更差，这是优化问题（optimization issue）。
lesson-optimization-issue-control = 把 sigmoid 层换成 tanh，五层网络就训练得动：它最后的训练损失低于浅层网络。
lesson-overfitting-claim = 拟合 { $train_examples_small } 个带噪声的样本时，1-64-64-1 网络的训练损失达到 { $train_loss_small }，但在新样本上是 { $test_loss_small }，差距 { $gap_small }；拟合 { $train_examples_large } 个样本时训练损失为 { $train_loss_large }，接近噪声（σ² = 0.09），差距 { $gap_large }。这就是过拟合（overfitting）。
lesson-overfitting-control = 1-2-1 网络的参数太少，穿不过 12 个带噪声的点：样本少和样本多时它都停在噪声水平。
lesson-data-augmentation-claim = 在 60 个带噪声的 moons 上训练，2-64-64-2 网络把其中 { $train_accuracy_none_percent } 分对，但 { $test_examples } 个新样本只分对 { $test_accuracy_none_percent }（差距 { $gap_none_pp } 个百分点）；在 { $train_examples_jitter } 个抖动（jitter）过的样本上训练，为 { $train_accuracy_jitter_percent } 和 { $test_accuracy_jitter_percent }（差距 { $gap_jitter_pp } 个百分点）；改为加入上下颠倒的副本，新样本只分对 { $test_accuracy_upside_down_percent }。
lesson-data-augmentation-control = 在上下颠倒后看起来一样的 circles 上，上下颠倒的副本是合理的数据增强（data augmentation）：测试准确率没有下降。
lesson-constraint-claim = 在 12 个带噪声的样本上，不加限制的 1-64-64-1 网络训练损失为 { $train_loss_none }、测试损失为 { $test_loss_none }（差距 { $gap_none }）；权重衰减 0.01 时差距为 { $gap_decay }，只有一层 3 个单元时为 { $gap_fewer }，在第 { $stop_epoch } 轮提前停止时为 { $gap_early }；权重衰减为 1 时训练损失升到 { $train_loss_strong }（权重衰减 0.01 时为 { $train_loss_decay }）。
lesson-constraint-control = 0.0001 的权重衰减是太弱的限制：差距没有减半。
lesson-model-selection-claim = 训练损失从 { $train_loss_0 }（候选 0，一个单元）降到 { $train_loss_4 }（候选 4，128-128），但验证集（validation set）上的损失选出候选 { $pick }（{ $pick_validation_loss }，候选 0 为 { $validation_loss_0 }，候选 4 为 { $validation_loss_4 }）；在只看一次的测试集上，选出的模型得到 { $pick_test_loss }，最复杂的得到 { $test_loss_4 }。
lesson-model-selection-control = 用 2,000 个干净的 moons 时，连最大的网络也不过拟合：验证集选出最复杂的候选。
lesson-mismatch-claim = 在 300 个 moons 上训练，网络把留出的 moons 分对 { $test_accuracy_percent }，但旋转过的只分对 { $shifted_accuracy_percent }（差距 { $gap_pp } 个百分点）；用十倍的数据（3,000 个）训练，为 { $test_accuracy_large_percent } 对 { $shifted_accuracy_large_percent }：更多数据弥补不了不匹配（mismatch）。
lesson-mismatch-control = 用来自训练分布的 moons（旋转 0°）测试时，根本没有差距。
lesson-critical-points-claim = 在 (1, 1)：‖∇L‖ = { $gradient_norm_0 }，λ = { $lambda_min_0 } 和 { $lambda_max_0 }，是局部最小值（local minimum）；在 (−1, −1)：λ = { $lambda_min_1 } 和 { $lambda_max_1 }，是局部最大值；在 (1, −1)：λ = { $lambda_min_2 } 和 { $lambda_max_2 }，是鞍点（saddle point）。从最小值走一步 δ = (0.1, 0.1) 得到 L = { $taylor_true }；二阶泰勒近似 L(θ′) + ½δᵀHδ 给出 { $taylor_quadratic }。
lesson-critical-points-control = 在 (0.5, 0.5) 梯度不为零：这不是临界点，检验不适用。
lesson-saddle-claim = 在原点 ‖∇L‖ = { $gradient_norm }，海森矩阵（Hessian）为 H = [[{ $h11 }, { $h12 }], [{ $h12 }, { $h22 }]]，特征值（eigenvalue）为 { $lambda_min } 和 { $lambda_max }：一个鞍点。它对应 λ = { $lambda_min } 的特征向量 u = ({ $u_x }, { $u_y }) 是一条下坡路：沿它走 0.1 让损失降低 { $drop }（½·|λ|·0.1² = 0.01）。
lesson-saddle-control = 在 (1, 1)，w1·w2 = 1 上的一个最小值，没有负的特征值，任何一步都不会降低损失。
lesson-monkey-saddle-claim = 在原点 ‖∇f‖ = { $gradient_norm }，海森矩阵的两个特征值都为零（{ $lambda_min }，{ $lambda_max }）：二阶检验无法判断。
lesson-monkey-saddle-control = 普通的鞍面 x² − y² 在原点的特征值为 2 和 −2：检验可以判断。
lesson-minimum-ratio-claim = 在 moons 上训练的 2-8-8-2 tanh 网络（训练损失 { $train_loss }）停下时 ‖∇L‖ = { $gradient_end }，开始时为 { $gradient_start }。它的 { $parameters } 个海森矩阵特征值中 { $positive } 个为正、{ $negative } 个为负、{ $zero } 个为零：最小值比例（minimum ratio）为 { $minimum_ratio }，不是局部最小值。{ $networks } 个这样的网络（种子 0 到 11）中，{ $stopped } 个这样停下，{ $with_negative } 个有负特征值；它们的最小值比例从 { $ratio_min } 到 { $ratio_max }。
lesson-minimum-ratio-control = 线性分类器的交叉熵是凸的：它训练停下的地方没有负特征值。
lesson-mini-batches-claim = 在全批次训练停下的地方（训练损失 { $train_loss }；海森矩阵在 { $parameters } 个特征值中有 { $negative } 个为负），‖∇L‖ = { $gradient_full }，但一个样本的批次平均有 ‖∇L¹‖ = { $gradient_1 }，8 个样本的为 { $gradient_8 }。在这台机器上，B = 1 时一次更新需要 { $update_us_1 } µs，用全部 { $examples } 个样本时需要 { $update_us_full } µs；一轮（epoch）为 { $epoch_ms_1 } ms 对 { $epoch_ms_full } ms。
lesson-mini-batches-control = 没有噪声的 moons，网络能完全分开：训练停下的地方，每个样本的损失也几乎在最小值，单个样本的梯度和全批次的一样小。
lesson-small-batch-escapes-saddle-claim = 从 (−1.5, 1.5) 出发，没有噪声的梯度下降最后离鞍点 { $distance_noiseless }，损失 { $loss_noiseless }（‖∇L‖ = { $gradient_noiseless }）；加上小批次噪声（σ = 0.1，B = 4）后它离开鞍点，损失达到 { $loss_noisy }。
lesson-small-batch-escapes-saddle-control = 从反对角线外的 (−1.5, 1.2) 出发，没有噪声的梯度下降也会离开鞍点。
lesson-small-batches-leave-saddle-claim = 从同一个起点各走 { $updates } 次更新（lr 0.1），8、16 和 32 的批次分别在 { $escape_8 }、{ $escape_16 } 和 { $escape_32 } 次更新后离开鞍点（训练损失低于 0.5），最后损失为 { $loss_16 }（B = 16）；{ $examples } 个样本的全批次停在 { $loss_full }，那里 ‖∇L‖ = { $gradient_full }，海森矩阵有 { $negative } 个负特征值（最小为 { $lambda_min }）。
lesson-small-batches-leave-saddle-control = 没有转半圈的副本，circles 就不完全对称：输出层上的全梯度不为零，梯度下降和小批次一样早就离开了。
lesson-batch-size-flat-minima-claim = 批次大小为 1 的 { $seeds } 次训练中，{ $flat_small } 次停在平坦的最小值（{ $sharp_small } 次留在尖锐的）；批次大小为 16 时，{ $flat_large } 次如此（{ $sharp_large } 次留下）。最后的训练损失：{ $train_loss_small } 对 { $train_loss_large }；测试损失（平移 0.15）：{ $test_loss_small } 对 { $test_loss_large }。
lesson-batch-size-flat-minima-control = 没有噪声（σ = 0）时，任何批次大小都离不开尖锐的最小值。
lesson-momentum-claim = SGD（lr 0.01）停在浅的山谷（f = { $final_loss_0 }），lr 0.1 的 SGD 也是（f = { $final_loss_2 }）；带动量（momentum）0.9、lr 0.01 的 SGD 滚过小山丘进入深的山谷（f = { $final_loss_1 }）。
lesson-momentum-control = lr 0.2 时，普通梯度下降冲过浅的山谷，也落进深的山谷。
lesson-stuck-large-gradient-claim = 在 lr = 0.0019999（2/λmax = 0.002）时，{ $steps } 次更新后损失仍是 { $loss_end }（开始时 { $loss_start }），‖∇L‖ 仍是 { $gradient_end }（开始时 { $gradient_start }）：训练卡住了，但梯度很大，陡的坐标在 { $steps } 次更新中有 { $flips } 次改变符号。
lesson-stuck-large-gradient-control = 在 lr = 1/λmax = 0.001 时，陡的方向一步就稳定下来：损失下降，梯度变小。
lesson-one-learning-rate-claim = { $steps } 次更新中，两个固定的学习率都没有到达：lr = 0.0019999 在 { $flips_0 } 次更新中跨过山谷来回跳，最后损失为 { $loss_end_0 }；lr = 0.00001 从不跳，慢慢爬到损失 { $loss_end_1 }。
lesson-one-learning-rate-control = 在圆的碗（κ = 1）上，0.5 和 0.1 的固定学习率都能到达。
lesson-adaptive-learning-rate-claim = AdaGrad 在 { $steps_1 } 步内达到 f < 1e-6，RMSProp 用 { $steps_2 } 步，Adam 用 { $steps_3 } 步；最大稳定学习率下的梯度下降需要 { $steps_0 } 步。
lesson-adaptive-learning-rate-control = 旋转 45° 后，山谷不再沿着坐标轴：逐坐标的学习率分不出陡和平，自适应方法失去 5 倍的领先。
lesson-adagrad-bursts-claim = 讲座里的 AdaGrad（lr 1，不变）从低于起始损失的 0.1 % 又爬回高于 10 %，共 { $bursts_0 } 次，最后损失为 { $loss_end_0 }；学习率衰减（每次更新 ×0.97）时它从不暴冲，在 { $steps_1 } 次更新内达到 f < 1e-6。
lesson-adagrad-bursts-control = 没有衰减时，第二位选手也会暴冲。
lesson-rmsprop-claim = 在悬崖上（−1 ≤ x ≤ 1），α = 0.99 的 RMSProp 步长可达 { $jump_0 }，在 { $past_0 } 次更新后越过 x = 2.5；α = 0.5 时那里的步长最多 { $jump_1 }，在 { $past_1 } 次更新后越过。
lesson-rmsprop-control = 两位选手都用 α = 0.99 时，谁也不会更早反应。
lesson-adam-claim = β₁ = 0 且没有偏差修正的 Adam 在所有更新中与 RMSProp（α = 0.999）相差不超过 { $gap }。有了动量（β₁ = 0.9），Adam 走出自己的路径：它在 { $steps_2 } 次更新内达到 f < 1e-6，RMSProp 需要 { $steps_0 } 次。
lesson-adam-control = 打开 Adam 的动量（β₁ = 0.9）后，它的路径就不再是 RMSProp 的。
lesson-warm-up-claim = 在前 50 次更新中，没有预热的 RMSProp（lr 0.1）爬到起始损失的 { $overshoot_0 } 倍；有 100 次更新的线性预热（warm up）时，它的损失一直低于起点（最多 { $overshoot_1 } 倍）。
lesson-warm-up-control = 用不变的学习率代替预热时，选手冲过头的程度和没有预热一样。
lesson-cross-entropy-logits-claim = 从 (−8, 8) 出发，交叉熵（cross-entropy）上的梯度下降从损失 { $loss_start } 降到 { $loss_end }；在 MSE 上它停在 { $plateau_loss_end }，‖∇L‖ = { $plateau_gradient_end }，而从原点出发它能达到 { $plateau_best }。
lesson-cross-entropy-logits-control = 从两个 logit 相等的原点出发，MSE 并不平坦，和交叉熵一样下降。
lesson-cross-entropy-classifier-claim = 从远处的起点出发，交叉熵从 { $loss_start } 降到它的最小值 { $loss_end }（‖∇L‖ = { $gradient_end }）；softmax 上的 MSE 停在 { $plateau_loss_end }，‖∇L‖ = { $plateau_gradient_end }，远高于它从原点出发能达到的 { $plateau_best }。
lesson-cross-entropy-classifier-control = 从原点出发时，MSE 不在它的高原上，能降到它所能达到的最低。
lesson-feature-normalization-claim = 特征归一化（feature normalization）让条件数从 { $condition_raw } 降到 { $condition_normalized }（{ $condition_ratio } 倍）；lr = 1/λmax 的梯度下降不归一化时需要 { $steps_raw } 步，归一化后需要 { $steps_normalized } 步（少 { $steps_ratio } 倍）。
lesson-feature-normalization-control = 特征尺度相同（scale = 1）时，曲面本来就是圆的：归一化改变不大。
lesson-batch-norm-trains-claim = 五个 sigmoid 层，SGD lr 0.5、动量 0.9，60 轮：有批次标准化（batch normalization）时训练损失最后为 { $train_loss }（{ $train_accuracy_percent } 正确）；没有时为 { $other_train_loss }（{ $other_train_accuracy_percent }）。
lesson-batch-norm-trains-control = 只有一个 sigmoid 层的网络不用批次标准化也训练得动：没有需要修正的失败。
lesson-batch-norm-surface-claim = Moons，2-16-16-2 tanh，Adam：有批次标准化时，海森矩阵最陡的两个特征值为 { $lambda_1 } 和 { $lambda_2 }（λ₁/λ₂ = { $leading_ratio }）；没有时为 { $other_lambda_1 } 和 { $other_lambda_2 }（λ₁/λ₂ = { $other_leading_ratio }）。
lesson-batch-norm-surface-control = 只有一个 16 单元的隐藏层时，批次标准化让曲面变圆得少得多：λ₁/λ₂ 没有减半。
lesson-batch-norm-testing-claim = 用移动平均（moving average）时，训练好的网络把留出的 moons 分对 { $eval_accuracy_percent }；用每个测试样本自己的统计量来标准化（一个样本的批次）时为 { $single_accuracy_percent }；把整个测试集当成一个批次时为 { $batch_accuracy_percent }。
lesson-batch-norm-testing-control = 没有批次标准化时，网络没有会出错的统计量：一次一个样本也和平常一样准确。

# 课程的主题，用讲座的标题（任务攻略 = General guide）。

lesson-model-bias-topic = 任务攻略：训练损失很大
lesson-optimization-issue-topic = 任务攻略：模型偏差还是优化问题？
lesson-overfitting-topic = 任务攻略：训练损失小，测试损失大
lesson-data-augmentation-topic = 任务攻略：训练损失小，测试损失大
lesson-constraint-topic = 任务攻略：过拟合
lesson-model-selection-topic = 任务攻略：如何选择模型
lesson-mismatch-topic = 任务攻略：训练损失小，测试损失大
lesson-critical-points-topic = 局部最小值与鞍点
lesson-saddle-topic = 局部最小值与鞍点：一个例子
lesson-monkey-saddle-topic = 局部最小值与鞍点：退化点（讲座之外）
lesson-minimum-ratio-topic = 鞍点与局部最小值
lesson-mini-batches-topic = 批次：小批次与大批次
lesson-small-batch-escapes-saddle-topic = 批次：小批次与大批次
lesson-small-batches-leave-saddle-topic = 批次：小批次与大批次
lesson-batch-size-flat-minima-topic = 批次：小批次与大批次
lesson-momentum-topic = 动量
lesson-stuck-large-gradient-topic = 自动调整学习率：训练卡住 ≠ 梯度很小
lesson-one-learning-rate-topic = 自动调整学习率：即使没有临界点，训练也可能很难
lesson-adaptive-learning-rate-topic = 自动调整学习率：因参数而异
lesson-adagrad-bursts-topic = 自动调整学习率：Adagrad 与学习率调度
lesson-rmsprop-topic = 自动调整学习率：RMSProp
lesson-adam-topic = 自动调整学习率：Adam
lesson-warm-up-topic = 自动调整学习率：学习率调度（预热）
lesson-cross-entropy-logits-topic = 损失函数：分类
lesson-cross-entropy-classifier-topic = 损失函数：分类
lesson-feature-normalization-topic = 批次标准化：改变误差曲面
lesson-batch-norm-trains-topic = 批次标准化
lesson-batch-norm-surface-topic = 批次标准化：改变误差曲面
lesson-batch-norm-testing-topic = 批次标准化：测试
