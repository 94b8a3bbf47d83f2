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

# 课程的讲解，每段一行。词汇表（locales/glossary.toml）中的术语第一次出现时，后面用括号附上英文。

lesson-model-bias-explanation =
    当训练数据上的损失一直很大，第一个嫌疑是模型偏差（model bias）：模型太简单，参数怎么选都拟合不了数据——“大海捞针，但针根本不在海里”。解决办法是更有弹性的模型：更多特征、更多神经元或更多层。

    网络窗口训练的是这个小模型：两个 moons 上的线性分类器，没有隐藏层。它的决策边界只能是一条直线，无论训练多久都跟不上 moons 的弯曲。把隐藏层宽度设为 16,16 再训练：边界弯了，训练损失也降下来。
lesson-optimization-issue-explanation =
    要分辨模型偏差（model bias）和优化问题（optimization issue），先从容易优化的浅层网络开始。更深的网络至少能做到浅层网络做到的事，所以如果它的训练损失反而更高，问题出在优化，而不是模型的弹性——这就是讲座中 20 层对 56 层的比较。要看训练损失，而不只是测试损失：更深的网络在两者上都更差，所以这不是过拟合（overfitting）。

    网络窗口训练的是深层网络：五个 sigmoid 层，用普通的 SGD。它的训练曲线和测试曲线都停在 ln 2 ≈ 0.693（两个类别的随机猜测水平），边界几乎不动：梯度每经过一个 sigmoid 层就缩小一次。把隐藏层宽度设为 16 再训练。
lesson-overfitting-explanation =
    训练损失小、测试损失却很大时，模型可能过拟合（overfitting）了。在少量带噪声的样本上训练的弹性模型会穿过每一个样本，连噪声也一起拟合；而在样本之间，它“自由发挥”：训练数据没有告诉它那里该怎么做，它就怎么做都行，新样本于是落在离它的曲线很远的地方。这里的数据是一条平滑曲线上带噪声的点；网络有两个隐藏层，各 64 个单元。

    最简单的解决办法是更多训练数据：样本多十倍时，同一个网络就没有余地去死记，它的曲线跟着数据的趋势走，测试损失和训练损失之间的差距也消失了。图中画出两条拟合的曲线；网络窗口在少量样本上训练这个网络：看曲线为了够到每个点而弯曲，同时测试损失上升。
lesson-data-augmentation-explanation =
    更多训练数据能缩小过拟合（overfitting）的差距，但新数据常常拿不到。数据增强（data augmentation）从已有的样本造出新样本，用的是不改变类别的变换：左右翻转或稍微裁剪过的图片，内容还是同一个东西。这里的样本是点，抖动（jitter）把每个点复制四份并稍微移动（σ = 0.2）：稍微移动过的月亮还是那个月亮。网络在 60 个原始点上过拟合；在抖动过的点上训练时，它就无法再绕着单个点打转：差距缩小，在新样本（同样的 moons 上的 1000 个）上的成绩也更好。

    数据增强必须对这份数据合理。讲座的例子是上下颠倒的图片，而测试中从来不会出现这种图片。这里上下颠倒的副本把每个月亮上下翻转，却保留原来的类别，于是教给网络不存在的月亮，它在真正的月亮上成绩变差。两种都可以在网络窗口的“增强”选项中试试。
lesson-constraint-explanation =
    除了更多训练数据和数据增强（data augmentation），对付过拟合（overfitting）的另一个办法是限制模型：更少或共享的参数、更少的特征、提前停止（early stopping）、正则化（regularization）、dropout——“它必须是二次曲线”。这里用其中三种来限制过拟合那一课的网络，拟合的是同样 12 个带噪声的样本：权重衰减（weight decay），即让权重保持很小的 L2 惩罚 (λ/2)·‖W‖²；更少的隐藏单元；以及提前停止，保留在另一份验证集（validation set）上损失最低的那个轮次（epoch）的权重。每一种都消除了测试损失和训练损失之间的大部分差距：图中画出这些曲线，在不加限制的曲线自由发挥的地方，它们都很平稳。

    但是限制太多又会带回模型偏差（model bias）：权重衰减很强时，网络连训练样本都跟不上，曲线被压平，趋向它们的平均值。网络窗口用适中的权重衰减训练这个网络；把权重衰减设为 0 或 1 再训练来比较。
lesson-model-selection-explanation =
    模型越有弹性，训练损失就越低，但测试损失先降后升：先是模型偏差（model bias）变小，然后是过拟合（overfitting）——偏差与复杂度的权衡。要选在没训练过的数据上表现最好的模型，但不能用测试集来选，否则测试分数就失去了意义。留出一部分训练数据作为验证集（validation set），在那里选择，最后只看一次测试集；也可以轮流留出不同的部分，即 N 折交叉验证（N-fold cross validation）。

    这里有五个网络，从一个隐藏单元到两层各 128 个单元，在 150 个带噪声的 moons 的四分之三（112 个）上训练，用最后四分之一（38 个）来评判；另外 50 个是测试集。图中从最简单到最复杂的候选画出三种损失。网络窗口训练其中一个候选（16 个单元）；改变宽度就能训练其他候选。
lesson-mismatch-explanation =
    测试损失大，原因不只有过拟合（overfitting）。不匹配（mismatch）时，训练数据和测试数据来自不同的分布，更多训练数据也没有用。这里网络在 moons 上训练，却在旋转了 60° 的 moons 上测试——就像学习用的照片和测试用的照片之间，相机歪了一个角度。

    和前面三课一起，讲座的攻略就完整了：训练损失大 → 模型偏差（model bias）或优化问题（optimization issue）；训练损失小而测试损失大 → 过拟合或不匹配。
lesson-critical-points-explanation =
    损失不再下降时，梯度可能几乎为零：这个点是一个临界点（critical point）。在它附近，泰勒展开（Taylor expansion）L(θ) ≈ L(θ′) + ½(θ − θ′)ᵀH(θ − θ′) 由海森矩阵（Hessian）H 决定。H 的特征值（eigenvalue）全为正：局部最小值（local minimum）。全为负：局部最大值（local maximum）。有正有负：鞍点（saddle point）。

    曲面 f = x³ − 3x + y³ − 3y 三种都有：把鼠标移到 (1, 1)、(−1, −1) 和 (1, −1)，读海森矩阵探针上的特征值。特征向量（eigenvector）十字标出每个方向：曲面向上弯的方向为蓝色，向下弯的为红色。
lesson-saddle-explanation =
    网络 y = w1·w2·x 在唯一的样本 x = 1、目标 1 上的误差曲面（error surface）是 L = (1 − w1·w2)²。曲线 w1·w2 = 1 上的每一点都是最小值。在原点梯度恰好为零，却不是最小值：海森矩阵（Hessian）有一个负的和一个正的特征值（eigenvalue），所以它是鞍点（saddle point）。

    鞍点是可以逃离的：沿着负特征值的特征向量（eigenvector）u，L(θ′ + u) ≈ L(θ′) + ½λ‖u‖² < L(θ′)，而 u = (1, 1)/√2 指向山谷 w1 = w2。光标处的特征向量十字用红色画出它。实际上很少这样逃离：计算海森矩阵和它的特征向量，比它省下的梯度步骤要昂贵得多。
lesson-monkey-saddle-explanation =
    这不在讲座之内，但讲座的检验有一个值得一看的缺口：f = x³ − 3xy² 在原点有一个临界点（critical point），那里整个海森矩阵（Hessian）都是零。二阶检验读的是海森矩阵的特征值（eigenvalue）；有特征值为零时，它无法判断。图中可以看出原因：三条山谷往下、三道山脊往上——既不是最小值、最大值，也不是普通的鞍点（saddle point）。

    网络中零特征值很常见：连小网络在 (1, 1) 的真正最小值，特征值也是 4 和 0（山谷 w1·w2 = 1 沿着自己是平的）。
lesson-minimum-ratio-explanation =
    二维中的局部最小值（local minimum）在更多维中可能是鞍点（saddle point）：有上百万个参数时，可逃离的方向很多。讲座用最小值比例（minimum ratio）来衡量这一点：在训练停下的点（梯度几乎为零）上，正特征值（eigenvalue）的个数除以所有特征值的个数。没有平坦方向的真正局部最小值，比例为 1；讲座图中的网络停在 0.5 到 0.6 之间。

    这里用十二个种子训练小网络，直到每个网络的梯度比开始时小一百倍，并精确地计算每个完整的海森矩阵（Hessian）；图中像讲座那样，画出每个网络的训练损失对它的最小值比例。零特征值（平坦方向）也会拉低比例：网络有很多零特征值，所以单看比例分不出鞍点和平坦的最小值——要看负的特征值。网络窗口在训练后显示海森矩阵的特征值谱。
lesson-mini-batches-explanation =
    训练并不是一次在全部数据上计算梯度：它把数据分成批次（batch），每个批次做一次更新，把走过所有批次一遍称为一个轮次（epoch），每个轮次重新打乱。每个批次有自己的损失 L¹、L²、…。这里的网络用全批次（full batch）训练到停下：L 的梯度几乎为零，海森矩阵（Hessian）的负特征值（eigenvalue）说明它停在鞍点（saddle point）附近。各批次的梯度却不为零：一个样本的批次指向完全不同的方向，所以小批次（small batch）的更新不会停在全批次梯度消失的地方。图中画出批次梯度的大小对批次大小（batch size）B 的关系，取自这些样本的真实随机批次，旁边是抽样理论 √(‖∇L‖² + S/B·(N−B)/(N−1))，S 是单个样本梯度的离散程度：噪声像 1/√B 那样下降。

    讲座的表格说，在 GPU 上大批次（large batch）每次更新并不更费时，因为 GPU 并行计算这些样本，所以大批次的一个轮次更快。下面的时间是这台机器刚刚测量的：在核心不多的 CPU 上，大批次每次更新确实更费时，但大批次的一个轮次仍然更快，因为更少的更新分摊了固定的开销。
lesson-small-batch-escapes-saddle-explanation =
    用小批次（small batch）时，每次更新看到的是不同的损失 L¹、L²、…：一个的临界点（critical point）通常不是下一个的临界点（上一课在真实的批次（batch）上测量过），所以带噪声的更新不会卡在全批次（full batch）梯度为零的地方。

    选手从小网络误差曲面（error surface）的反对角线上出发，在那里全梯度正对着鞍点（saddle point）：没有噪声时，梯度下降（gradient descent）收敛到鞍点里，右边的窗格显示了这一点（同一个选手，σ = 0）。这里的小批次噪声是模拟的：在精确的梯度上加上大小为 σ/√B 的高斯噪声。
lesson-small-batches-leave-saddle-explanation =
    这是讲座说明带噪声的更新为什么有助于训练的理由，用在真实的数据集和真实的小批次（small batch）上。circles 数据集里的每个样本也绕原点转了半圈复制一份，所以训练集完全对称；网络开始时输出是关闭的：所有偏置和输出层的权重都为零，就像把最后一层初始化为零的做法。于是每个样本对输出层的拉力，都被它转过的副本抵消：全批次（full batch）的梯度只拟合类别比例，梯度下降（gradient descent）滑进 L 的一个鞍点（saddle point）并停在那里：‖∇L‖ 几乎为零，还有一个负的特征值（eigenvalue）。一个批次（batch）含有一些没有副本的样本：它在那里的梯度不为零，小批次的更新就沿着负特征值的方向离开。

    全批次也不会永远卡住：10⁻¹⁶ 的舍入误差也会沿着那个方向增长，大约在这些更新的两倍之后让它脱身。网络窗口用 16 个样本的批次训练；分屏视图显示用全批次训练的同一个网络。
lesson-batch-size-flat-minima-explanation =
    两个一样深的最小值：左边一个尖锐狭窄，右边一个平坦宽阔。每个选手都从尖锐的那个出发。小批次（small batch）给出带噪声的梯度（噪声 σ/√B）：这些冲击把选手踢出狭窄的井，它停在宽阔的那个里，在那里同样的冲击无关紧要。大批次（large batch）把噪声平均掉，选手就留在原地。在小批次噪声面板中试试批次大小（batch size）B，以及其他种子。

    讲座把平坦的最小值和更好的测试结果联系起来：如果测试损失是稍微平移过的训练损失，平坦的最小值损失得更少。本课正是这样测量的：这里的测试损失是平移了 (0.15, 0) 的训练损失，在每次训练结束的地方求值。对训练来说两个最小值一样深；只有平坦的那个经得起平移。这个解释仍有争议，而且这里的噪声是模拟的（在精确的梯度上加上 σ/√B），不是从真实的批次（batch）中抽出的。
lesson-momentum-explanation =
    有了动量（momentum），每次更新是上一次的移动乘上一个系数，再减去梯度步：m⁰ = 0，mᵗ = λmᵗ⁻¹ − ηgᵗ⁻¹，θᵗ = θᵗ⁻¹ + mᵗ。所以 mᵗ 是所有过去梯度的加权和，点不会停在梯度消失的地方。PyTorch 把同样的规则写成 b ← μb + g，θ ← θ − ηb：学习率（learning rate）不变时，它就是讲座的规则，其中 m = −ηb，λ = μ。

    每个选手头部的箭头画出讲座的图：梯度步（红色）、动量（虚线）以及两者之和，即实际的更新。普通的梯度下降（gradient descent）停在第一个浅的山谷里；动量 0.9 时，选手滚过小山丘进入深的山谷。普通梯度下降会不会停下，取决于它的学习率：在 lr 0.1，即动量选手的有效学习率 0.01/(1 − 0.9) 时，它还是会停下。
lesson-stuck-large-gradient-explanation =
    损失不再下降时，我们往往怪罪临界点（critical point）。其实梯度常常一点也不小：在峡谷中，学习率（learning rate）刚好低于 2/λmax 时，梯度下降（gradient descent）从一侧峭壁弹到另一侧。损失几乎不动，‖∇L‖ 却一直很大。看视图下方的两条曲线：损失是平的，梯度范数也是平的——离零很远。

    头部的箭头显示每次更新都跨过山谷翻到另一边；峡谷横向比纵向陡一千倍（λmax = 1000）。
lesson-one-learning-rate-explanation =
    这里的误差曲面（error surface）是凸的——只有一个最小值，路上没有临界点（critical point）——但固定学习率（learning rate）的梯度下降（gradient descent）两头都失败。大的学习率（刚好低于 2/λmax）在陡的方向来回振荡，永远稳定不下来；小的学习率在横向是稳定的，却沿着平缓的谷底慢慢爬，也到不了。学习率应该因参数而异：曲面陡的地方小，平的地方大——这是接下来几课的内容。
lesson-adaptive-learning-rate-explanation =
    峡谷横向比纵向陡一千倍。梯度下降（gradient descent）必须把学习率（learning rate）保持在 2/1000 以下才能在横向稳定，所以它沿着谷底慢慢爬。AdaGrad、RMSProp 和 Adam 用自适应学习率（adaptive learning rate）η/σᵢᵗ：每个参数、每次迭代各有一个学习率。σ 由该坐标梯度的平方开根号得到，所以陡的坐标步子小，平的坐标步子大。每个选手头部的条形显示两个学习率。

    这里的山谷沿着坐标轴，这正是逐坐标学习率最有用的情况：把它旋转（angle 参数），优势就缩小。三种自适应方法之间的排名来自手选的学习率，并不是方法本身的排名。
lesson-adagrad-bursts-explanation =
    讲座中的 AdaGrad 把学习率（learning rate）除以 σᵢᵗ，即该参数所有过去梯度的均方根（root mean square）。在峡谷底部附近，横向的梯度变得很小；随着越来越多这样的梯度被平均进去，它们的均方不断缩小，于是 η/σ 越来越大，直到横向的一步冲过头——沿着峭壁暴冲上去。暴冲带来大的梯度，σ 变大，选手平静下来，然后又发生一次。

    学习率调度（learning rate scheduling）让 η 随时间变小，这叫学习率衰减（learning rate decay）；于是 η/σ 不再增大，选手就能到达。PyTorch 的 Adagrad 除以的是平方和的根，而不是均方根：这就是讲座的规则，再加上已经内建的、像 1/√t 那样变小的 η——所以它在这里不会暴冲。两种都在选手面板中（root_mean_square 开关）。
lesson-rmsprop-explanation =
    RMSProp 保持梯度平方的移动平均（moving average）σᵗ² = α·(σᵗ⁻¹)² + (1 − α)·(gᵗ)²，所以它可以决定最新的梯度占多少分量。沿着这条路径，曲面先平缓，然后突然变陡，再变平缓。α = 0.99（PyTorch 的默认值）时，悬崖来临时 σ 还记得平缓的开头，所以那里的步子太长；过了悬崖，它又记着陡的梯度，于是慢慢爬过平缓的部分。α 小时，σ 跟着最新的梯度：它在悬崖上立刻刹车，过了悬崖立刻加速。

    每个选手头部的条形显示它的步长；下方的学习率（learning rate）图显示 η/σ。
lesson-adam-explanation =
    Adam 把两个想法结合起来：动量（momentum）mᵗ 是梯度的移动平均（moving average），保留它们的方向；σᵗ 是梯度平方的移动平均的根，即 RMSProp 的大小；Adam 用 mᵗ 除以 σᵗ。m 和 σ 不会互相抵消：m 负责方向，σ 只负责大小。拿掉动量（β₁ = 0）并关掉偏差修正（bias correction），Adam 就是 α = β₂ 的 RMSProp，每一步都一样。

    第三个选手是带动量和偏差修正的 Adam，和 PyTorch 默认的运行方式一样。逐步面板（暂停，再按 →）写出 g、m、v、m̂、v̂ 和更新。
lesson-warm-up-explanation =
    自适应方法除以 σ，一个过去梯度的统计量。刚开始时它几乎什么都没见过：PyTorch 的 RMSProp 把 g² 的移动平均（moving average）从零开始，所以最初几步约为学习率（learning rate）的十倍，把从峡谷谷底附近出发的选手远远抛上峭壁。预热（warm up）先用很小的学习率，在最初的更新中逐渐提高，让 σ 收集统计量；ResNet 和 Transformer 都用到它。RAdam 把同样的想法内建在优化器里：在它对 σ 的方差的估计可信之前，完全不用自适应的步长。

    左边的窗格是带预热的 RMSProp，右边是学习率不变的同一个选手。
lesson-cross-entropy-logits-explanation =
    做分类时，类别用独热向量（one-hot vector）表示，类别 1 是 (1, 0)，这样任何两个类别都一样远；网络的输出 y₁、y₂ 经过 softmax 变成 0 到 1 之间的概率——两个类别时，这就是 y₁ − y₂ 的 sigmoid，是同一回事。损失通常是交叉熵（cross-entropy），这里是 −ln p₁：最小化它就是最大化似然（likelihood）。PyTorch 的 CrossEntropyLoss 里已经包含 softmax。

    这是讲座的图：一个类别 1 的样本，在 (y₁, y₂) ∈ [−10, 10]² 上的损失，从左上角出发，那里这个样本错得很厉害。左边是交叉熵：选手滑下去。右边是 softmax 的均方误差（MSE），同一个选手从同一个起点出发：那里同一个角落是平的，梯度下降（gradient descent）卡住了，尽管损失很大。损失函数会改变优化的难易。
lesson-cross-entropy-classifier-explanation =
    把上一课的图用在真实的分类器上：一个权重、一个偏置，八个样本，两个类别（它在 logit ±z/2 上的 softmax 就是 z 的 sigmoid），从远在错误一侧的地方出发。交叉熵（cross-entropy）在那里的梯度是每个样本 |x|·|p − y|，大约为 |x|，所以梯度下降（gradient descent）滑下去。softmax 上的 MSE 饱和了：它的梯度几乎消失，选手停在高原上：右边的窗格用同一个选手显示了这一点。
lesson-feature-normalization-explanation =
    两个特征上的线性网络，第二个特征比第一个大十倍：w2 对损失的影响比 w1 大得多，所以误差曲面（error surface）沿 w2 的弯曲陡一百倍——一条又长又窄的山谷，梯度下降（gradient descent）只能在里面慢慢爬。特征归一化（feature normalization）让每个特征在整个训练集上的平均值为 0、方差为 1；两个权重于是同样重要，等高线变成圆的。左边的窗格是原始的网络，右边是特征归一化后的同一个网络（net-regression-bn），两边是同样的选手：lr 0.004 的梯度下降在原始曲面上稳定，在两边都慢慢爬；lr 0.5 时它在原始曲面上发散，在归一化的曲面上三步就到达。

    这里用整个数据集的统计量来归一化输入特征；接下来几课的批次标准化（batch normalization）对隐藏层做同样的事，用的是每个批次（batch）的统计量。
lesson-batch-norm-trains-explanation =
    批次标准化（batch normalization）在每个批次（batch）上把隐藏层的值 z 标准化：每个单元在这个批次的样本上平均值为 0、方差为 1，然后乘上学到的缩放 γ、加上平移 β。一个批次中的样本现在会互相影响，所以批次必须够大，它的统计量才有意义。

    这是优化问题（optimization issue）那一课的深层网络：五个 sigmoid 层，用 SGD 训练（这里带 0.9 的动量（momentum）），它训练不动。在每个隐藏层后面加上批次标准化，同一个网络就训练得动——这是原论文的结果：sigmoid 网络加上它就能训练。论文用内部协变量偏移（internal covariate shift）来解释；后来的研究（Santurkar 等人，2018）对此存疑，认为批次标准化其实是让误差曲面（error surface）变得更平滑。
lesson-batch-norm-surface-explanation =
    批次标准化（batch normalization）改变误差曲面（error surface）本身。左边的曲面是训练好的网络自己的损失，取在它的海森矩阵（Hessian）最陡的两个方向构成的平面上，所以它的条件数（condition number）κ = λ₁/λ₂ 就是这个网络的；右边是不用批次标准化训练的同一个网络，用同样的方式切片，放同样的选手。有批次标准化时曲面更圆。切换曲面旁的批次标准化开关，重新训练左边的网络：右边的跟着换成开关的另一边（旁边印出切换前后的 κ）。更圆的曲面是能用更大学习率（learning rate）的一个原因。变圆多少取决于网络：在这个较深的网络中 λ₁/λ₂ 下降约四倍，只有一个隐藏层时少得多。
lesson-batch-norm-testing-explanation =
    训练时，批次标准化（batch normalization）使用每个批次（batch）的平均值和方差，再乘上学到的 γ（从 1 开始）、加上 β（从 0 开始）。测试时可能没有批次：样本一次来一个，它自己的“批次统计量”没有意义——平均值就是它自己，方差为零，每个样本输出的都是 β。所以训练时还会保存这些统计量的移动平均（moving average），μ̄ ← 0.9·μ̄ + 0.1·μ（和 PyTorch 一样），测试时用它们。

    网络窗口用批次标准化训练这个网络；它的测试曲线是用移动平均计算的。

# 课程图中两个网络的名字（课程文件的 names）。

lesson-model-bias-figure-name-0 = 线性模型
lesson-model-bias-figure-name-1 = 2-16-16-2
lesson-optimization-issue-figure-name-0 = 5 个 sigmoid 层
lesson-optimization-issue-figure-name-1 = 1 个 sigmoid 层
lesson-batch-norm-trains-figure-name-0 = 有批次标准化
lesson-batch-norm-trains-figure-name-1 = 没有批次标准化
