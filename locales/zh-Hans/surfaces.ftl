# 曲面库中每个曲面的标题、教学说明和参数说明。英文原文在 src/surface/*.rs。

surface-bowl-title = 圆碗
surface-bowl-note = 每个方向弯曲得一样：梯度下降直直走向中心。lr < 2/λ 时收敛，超过就发散。
surface-bowl-param-curvature = 海森矩阵的特征值 λ（两个方向相同）
surface-ravine-title = 峡谷（病态的二次函数）
surface-ravine-note = 一条又长又窄的山谷：沿谷底的曲率为 1，横向为 κ。一个学习率无法同时适合两个方向：小到足以应付峭壁，就只能沿谷底慢慢爬。
surface-ravine-param-kappa = 条件数：陡的曲率与平缓的曲率之比
surface-ravine-param-angle = 山谷旋转的角度（度）
surface-booth-title = Booth
surface-booth-note = 一个倾斜的二次碗（条件数 9）：容易，但不是圆的。
surface-matyas-title = Matyas
surface-matyas-note = 一条浅的斜向山谷（特征值 0.04 和 1.48）：谷底几乎是平的，所以普通梯度下降慢得像在爬。
surface-rosenbrock-title = Rosenbrock 香蕉谷
surface-rosenbrock-note = 一条弯曲的平底山谷：找到山谷很容易，沿着它的弯道走到 (a, a²) 的最小值，对普通梯度下降却很慢。
surface-rosenbrock-param-a = 最小值位于 (a, a²)
surface-rosenbrock-param-b = 谷壁的陡峭程度
surface-saddle-title = 鞍面
surface-saddle-note = 沿 x 向上，沿 y 向下：海森矩阵的特征值为 +2 和 −2。从 x 轴上出发的梯度下降滑进鞍点就停下；y 方向最小的扰动都能让它逃离。
surface-monkey-saddle-title = 猴鞍面
surface-monkey-saddle-note = 三条山谷在原点相遇（留给两条腿和一条尾巴）。那里的海森矩阵为零，所以二阶检验无法判断它是哪一种点。
surface-himmelblau-title = Himmelblau
surface-himmelblau-note = 四个一样深的最小值、一个最大值，以及它们之间的四个鞍点。到达哪个最小值只取决于从哪里出发：一张清楚的吸引域图。
surface-six-hump-camel-title = 六峰驼
surface-six-hump-camel-note = 三种深度的六个最小值：中心附近两个全局最小值，两侧四个局部最小值。起点决定你得到哪一个。
surface-three-hump-camel-title = 三峰驼
surface-three-hump-camel-note = 原点的全局最小值两侧各有一个浅的局部最小值，各自藏在一个鞍点后面。
surface-mccormick-title = McCormick
surface-mccormick-note = 一条倾斜、起伏的槽：沿着它有两个最小值，中间隔着一个鞍点。
surface-goldstein-price-title = Goldstein–Price
surface-goldstein-price-note = 在一个小正方形上取值从 3 到一百万，有好几个局部最小值：要用对数颜色刻度才看得出东西。
surface-styblinski-tang-title = Styblinski–Tang
surface-styblinski-tang-note = 一个由鞍点围成的正方形，四角有四个深浅不同的最小值；全局最小值在 (−2.9035, −2.9035)。
surface-rastrigin-title = Rastrigin
surface-rastrigin-note = 一个布满波纹的碗：规则网格上有几百个局部最小值。梯度下降停在最近的小坑里；只有整体趋势指向中心。
surface-rastrigin-param-a = 波纹的高度
surface-ackley-title = Ackley
surface-ackley-note = 一片几乎平坦、带波纹的平原，围着一个深漏斗。原点的最小值是一个尖点（漏斗的 √ 在那里没有导数），所以在它附近梯度永远不会变小。
surface-ackley-param-a = 中央漏斗的深度
surface-ackley-param-b = 漏斗的宽度（越大越窄）
surface-ackley-param-c = 波纹的频率
surface-plateau-title = 平原中的井
surface-plateau-note = 平坦平原上的一口井。离井很远时梯度几乎正好为零，普通梯度下降几乎不动：梯度小不代表靠近最小值。自适应方法把微小的梯度重新缩放，就能走出去。
surface-plateau-param-width = 井的半径；井外的地面是平的
surface-cliff-title = 悬崖峡谷
surface-cliff-note = 一片高而缓缓倾斜的平原，落入一条窄峡谷。在悬崖边上梯度突然变得极大，一步就把点甩到很远的地方（梯度爆炸）。梯度裁剪让步长保持有界。
surface-cliff-param-height = 悬崖的高度
surface-cliff-param-steepness = 悬崖升起得多突然（越大越陡，峡谷越窄）
surface-beale-title = Beale
surface-beale-note = 平坦的高原和尖锐的山脊，取值跨越五个数量级；最小值在一条窄而平底的山谷尽头。
surface-tiny-net-title = 小网络 L(w1, w2) = (1 − w1·w2)²
surface-tiny-net-note = 网络 y = w1·w2·x 在一个样本上（x = 1，目标 1）。原点是鞍点（海森矩阵特征值 −2 和 +2）；曲线 w1·w2 = 1 上的每一点都是最小值，那里的海森矩阵沿曲线有一个零特征值。
surface-hill-title = 浅山谷、矮山脊、深山谷
surface-hill-note = x = −1 处一个宽而浅的山谷，旁边 x = 2 处一个深山谷，中间隔着 x = 0 处的矮山脊。普通梯度下降停在遇到的第一个山谷里；动量带着足够的速度越过山脊，进入深的那个。
surface-scaled-regression-title = 特征尺度悬殊的线性回归
surface-scaled-regression-note = 一个特征比另一个大得多时，它的权重就敏感得多：损失是一条又长又窄的山谷，条件数为 scale²。把特征归一化（scale = 1），等高线就变圆。
surface-scaled-regression-param-scale = 特征 x2 相对 x1 的尺度（1 = 已归一化）
surface-logits-ce-title = 两个 logit 上的交叉熵（一个类别 1 的样本）
surface-logits-ce-note = 一个类别 1 的样本：损失是网络在 softmax 之前的两个输出 y₁、y₂ 的函数。在样本错得很厉害的地方（左上）斜率约为 1：梯度下降一直在动。PyTorch 的 CrossEntropyLoss 里已经包含 softmax。
surface-logits-mse-title = 两个 logit 的 softmax 上的 MSE（一个类别 1 的样本）
surface-logits-mse-note = 一个类别 1 的样本，softmax 与目标 (1, 0) 的平方误差。在样本错得很厉害的地方（左上）softmax 饱和了：曲面是平的，梯度下降停滞，尽管损失很大。
surface-net-tiny-title = 一个样本上的网络 y = w2·(w1·x)
surface-net-tiny-note = 讲座的小网络，用真正的层搭起来，用反向传播求值：它就是 tiny-net，(1 − w1·w2)²。原点是鞍点（特征值 −2 和 +2）；曲线 w1·w2 = 1 是一条由最小值组成的山谷。
surface-net-classifier-ce-title = 两个权重的分类器，交叉熵
surface-net-classifier-ce-note = 一个特征的逻辑回归分类器：权重 w（x）和偏置 b（y），同样八个样本，两种损失。从远在错误一侧的地方（左上）出发时，交叉熵每个分错的样本仍有约为 1 的梯度，能滑下去；softmax 上的 MSE 在那里饱和：一片梯度消失的高原。
surface-net-classifier-mse-title = 两个权重的分类器，softmax 上的 MSE
surface-net-classifier-mse-note = 一个特征的逻辑回归分类器：权重 w（x）和偏置 b（y），同样八个样本，两种损失。从远在错误一侧的地方（左上）出发时，交叉熵每个分错的样本仍有约为 1 的梯度，能滑下去；softmax 上的 MSE 在那里饱和：一片梯度消失的高原。
surface-net-regression-raw-title = 线性回归网络，原始特征
surface-net-regression-raw-note = 两个尺度相差很大的特征上的线性网络：损失沿 w2 的弯曲比沿 w1 陡 scale² 倍——一条峡谷。把它的条件数和 net-regression-bn 比较。
surface-net-regression-raw-param-scale = 第二个特征相对第一个的尺度
surface-net-regression-bn-title = 线性回归网络，归一化的特征
surface-net-regression-bn-note = 同一个回归，但特征先经过一个归一化层（在整个批次上做批次标准化，γ = 1，β = 0）：两个方向弯曲得一样，碗是圆的，一个学习率适合两个权重。
surface-net-regression-bn-param-scale = 第二个特征相对第一个的尺度
surface-net-moons-slice-title = moons 上训练好的 2-6-6-2 网络的切片
surface-net-moons-slice-note = 一个真实网络在训练找到的权重（中心）周围的损失，取在两个随机方向构成的平面上，方向按每个单元的权重缩放（Li 等人，2018）：一个远不像二次碗的盆地，tanh 单元饱和的地方有平坦的台地。中心并不正好是最小值：训练提前停了。
