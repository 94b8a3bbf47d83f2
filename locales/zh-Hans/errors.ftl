# 设置、文件或运行被拒绝或停止的原因。参数名、键名和优化器名保持原样（lr、beta1、adam）：
# 它们是用户输入的内容。

## 优化器与学习率调度的写法（name:key=value,...）
spec-no-name = '{ $text }' 在 ':' 前面没有名称
spec-not-key-value = '{ $text }' 中的 '{ $item }' 应写成 key=value
spec-key-twice = '{ $key }' 在 '{ $text }' 中出现了两次
spec-not-finite = { $key }={ $value }：应为有限的数
spec-not-boolean = { $key }={ $value }：应为 true 或 false
spec-not-count = { $key }={ $value }：应为不小于 1 的整数
spec-unknown-key = { $what } 没有参数 '{ $key }'；它的参数有：{ $known }
spec-unknown-optimizer = 未知的优化器 '{ $name }'；已知的优化器：{ $known }
spec-not-momentum-form = momentum_form={ $value }：应为 torch 或 ema
spec-refused = { $optimizer }：{ $problem }
spec-value-not-finite = { $key } 必须是有限的数，而不是 { $value }
spec-negative-lr = 无效的学习率：{ $value }（必须 ≥ 0）
spec-negative = 无效的 { $name } 值：{ $value }（必须 ≥ 0）
spec-beta-outside = 无效的 beta 参数（索引 { $index }）：{ $value }（必须在 [0, 1) 内）
spec-nesterov-needs-momentum = Nesterov 动量需要一个动量值，且 dampening 为零
spec-unknown-schedule = 未知的学习率调度 '{ $name }'；已知的调度：{ $known }
spec-not-fraction = { $key }={ $value }：必须在 0 和 1 之间
spec-negative-eta-min = eta_min={ $value }：必须 ≥ 0
spec-total-not-after-warmup = total={ $total } 必须大于 warmup={ $warmup }

## 网络引擎
nn-bad-data = 数据集有误：{ $problem }
nn-bad-network = 网络有误：{ $problem }
nn-bad-training = 训练设置有误：{ $problem }
nn-bad-file = 网络文件有误：{ $problem }
nn-too-many-layers = 隐藏层最多 { $most } 层（现为 { $count } 层）
nn-width-outside = 隐藏层宽度为 { $least } 到 { $most } 个单元（现有一层为 { $width }）
nn-no-inputs-or-outputs = 网络至少需要一个输入和一个输出
nn-bce-outputs = bce 需要恰好一个输出（两个类别）
nn-softmax-outputs = 交叉熵和 softmax 上的 mse 需要两个或更多输出
nn-negative-weight-decay = 权重衰减必须 ≥ 0，而不是 { $value }
nn-data-samples = 样本数必须为 4 到 100000，而不是 { $value }
nn-data-noise = 噪声必须是 ≥ 0 的有限数，而不是 { $value }
nn-data-classes = 类别数必须为 2 到 10，而不是 { $value }
nn-data-scale = 尺度必须是 > 0 的有限数，而不是 { $value }
nn-data-test-fraction = 测试比例必须为 0 到 0.9，而不是 { $value }
nn-upside-down-features = 上下翻转需要两个特征，这份数据有 { $features } 个
nn-no-newton = newton 每一步都需要完整的海森矩阵：请在二维曲面上使用它
nn-epochs-outside = 轮次必须为 1 到 { $most }，而不是 { $value }
nn-batch-zero = 批次大小至少为 1
nn-batch-norm-small-batch = 批次标准化需要每个批次至少 2 个样本
nn-no-training-examples = 没有训练样本
nn-features-not-inputs = 数据有 { $features } 个特征，而网络有 { $inputs } 个输入
nn-regression-fit = 回归目标需要 mse 损失和一个输出
nn-bce-classes = bce 区分两个类别，这份数据有 { $classes } 个
nn-classes-outputs = { $classes } 个类别需要 { $classes } 个输出，网络有 { $outputs } 个
nn-not-a-weight-name = '{ $name }' 不是 层.目标.来源（LAYER.TO.FROM）形式的权重名
nn-no-such-weight = 这个网络没有权重 { $name }
nn-empty-trajectory = 轨迹是空的
nn-path-too-short = 主方向需要一条沿两个方向移动的训练路径；这一条记录了 { $points } 个点（起点和 { $epochs }），张成的方向{ $span }：请训练更多轮次
nn-one-epoch = { $count } 轮
nn-epochs = { $count } 轮
nn-span-none = 一个也没有
nn-span-one = 只有一个

## 保存的网络文件
saved-not-json = 不是可读的 JSON（{ $reason }）
saved-wrong-format = 它不是 Losscape 网络（'format' 是 '{ $format }'）
saved-wrong-version = 它是格式的第 { $version } 版；这个 Losscape 读取第 { $readable } 版
saved-std-not-positive = input_normalization.std 含有 ≤ 0 的值
saved-missing-tensor = state_dict 中没有 '{ $name }'
saved-wrong-shape = '{ $name }' 是 { $rows } × { $columns }；网络结构需要 { $needed-rows } × { $needed-columns }
saved-negative-variance = norms.{ $layer }.running_var 含有 < 0 的值
saved-extra-tensor = state_dict 含有 '{ $name }'，而这个网络结构没有它
saved-unreadable-tensor = '{ $name }'：{ $reason }
saved-wrong-length = '{ $name }' 含有 { $count } 个数；网络结构需要 { $needed } 个
saved-tensor-not-finite = '{ $name }' 含有非有限的数
saved-bad-examples = { $name }：{ $problem }
saved-rows-not-targets = x 有 { $rows } 行，但有 { $targets } 个目标值
saved-row-features = x 的第 { $row } 行有 { $features } 个特征；网络接受 { $inputs } 个
saved-example-not-finite = 含有非有限的数
saved-target-not-class = 有目标值不是 0 到 { $last } 的类别
saved-not-a-network = { $path } 不是 Losscape 能用的网络：{ $problem }
saved-not-written = 网络无法写成 JSON：{ $error }

## 曲面
surface-unknown = 未知的曲面 '{ $name }'；已知的曲面：{ $known }（或 expr:<关于 x 和 y 的公式>）
surface-param-twice = 参数 '{ $key }' 出现了两次
surface-unknown-param-none = 曲面 '{ $surface }' 没有参数 '{ $key }'（它没有参数）
surface-unknown-param = 曲面 '{ $surface }' 没有参数 '{ $key }'；它的参数有：{ $known }
surface-param-outside = 参数 '{ $key }' = { $value } 超出范围：必须在 { $min } 和 { $max } 之间

## 运行、竞赛与图
run-start-not-finite = 起点 ({ $x }, { $y }) 不是有限的
run-too-many-steps = { $steps } 步超过了上限 { $limit }
run-bad-noise = 噪声水平 { $value } 必须是 ≥ 0 的有限数
run-batch-zero = 批次大小至少为 1
run-bad-clip = 裁剪范数 { $value } 必须是 > 0 的有限数
run-bad-tolerance = 容差 { $value } 必须是 ≥ 0 的有限数
run-race-empty = 竞赛至少需要一个优化器
run-too-many-racers = { $racers } 个选手超过了上限 { $limit }
run-undefined-at-start = f 或它的梯度在起点 ({ $x }, { $y }) 没有定义
run-basin-grid-outside = { $n }×{ $n } 的网格超出限制：每边 1 到 { $most } 格
run-basin-work-outside = { $cells } 格 × { $steps } 步超过了总共 { $limit } 步的上限
run-bad-lr-range = 学习率范围必须满足 0 < 下限 < 上限

## 运行为何发散
diverged-singular = 牛顿法的一步要解 (H + δ·I)·d = g，而这里 H + δ·I 是奇异的（δ = { $damping }）：曲面沿某个方向没有曲率。请给牛顿法一个阻尼 δ > 0
diverged-zero-eps = eps = 0，而梯度沿某个坐标为 0，所以更新在那里是 0 除以 0。请给 eps 一个正值（PyTorch 的默认值是 1e-8）
diverged-gradient-not-a-number = 更新所用的梯度（加噪声和裁剪之后）不是一个数
diverged-overflow = 更新溢出了：学习率为 { $lr } 时，步长超出了最大的数（约 1.8e308）
diverged-far-away = 点 ({ $x }, { $y }) 远在定义域之外
diverged-not-finite = 损失或它的梯度不再是有限的

## 应用的设置（场景文件、保存的设置）
setting-outside = { $what } { $value } 超出了应用允许的 { $least } 到 { $most }
setting-step-budget = 步数预算
setting-racer-count = 选手数
setting-speed = 速度
setting-noise = 噪声 σ
setting-batch = 批次大小
setting-camera-elevation = 镜头仰角
setting-camera-zoom = 镜头缩放
setting-camera-turn = 镜头转角 { $value } 不是一个数
setting-racer-optimizer = 选手 { $racer } 的优化器：{ $problem }
setting-racer-start = 选手 { $racer } 的起点 ({ $x }, { $y }) 不是一个点
setting-racer-schedule = 选手 { $racer }：学习率调度：{ $problem }
setting-racer-run = 选手 { $racer }：{ $problem }
setting-schedule = 学习率调度：{ $problem }
setting-network = 网络：{ $problem }
setting-surface = 曲面：{ $problem }
setting-split-surface = 分屏视图的曲面：{ $problem }
setting-split-unknown = 分屏视图没有名为 '{ $name }' 的曲面
setting-examples = 样本数
setting-data-noise = 噪声
setting-weight-decay = 权重衰减
setting-epochs = 轮次
setting-network-batch = 批次
setting-hidden-not-whole = 隐藏层宽度是像 16,16 这样的整数，而不是 "{ $width }"
setting-optimizer = 优化器：{ $problem }
network-training-diverged = 训练发散了（损失不再是有限的）：请降低学习率
path-no-racer = 没有这个选手
path-cancelled = 已取消：改变任一设置即可重新计算这条路径。
network-cancelled = 已取消

## 应用写入的文件
file-is-device = 一个设备
file-is-pipe = 一个命名管道
file-is-socket = 一个套接字
file-is-folder = 一个文件夹
file-is-special = 不是普通文件
file-special = { $path } 是{ $kind }：未写入
file-read-only = { $path } 是只读的：未替换
file-cannot-write = 无法写入 { $path }：{ $error }
file-not-written = 未能写入 { $path }：{ $error }
file-link-unreadable = 未能读取链接 { $path }：{ $error }
file-too-many-links = { $path } 经过了超过 { $most } 个链接
file-not-a-name = { $path } 不是文件名
file-not-encoded = 未能编码 { $path }：{ $error }
file-image-size = 图像的尺寸与像素不符
file-cancelled = 已取消

## 场景文件
scenario-unreadable = 不是可读的场景文件：{ $error }
scenario-no-version = 不是场景文件：它没有版本号
scenario-newer = 由更新的 Losscape 写入（格式第 { $version } 版）；这个版本最多读取第 { $readable } 版
scenario-cut-short = 场景文件已损坏：它被截断了（最后一行应为 '{ $end }'）
scenario-damaged = 场景文件已损坏：{ $problem }
link-no-setup = 不是 Losscape 链接：它不带设置（地址应以 '#setup=…' 结尾）
link-damaged = 链接已损坏（被截断或打错了？）：{ $error }
link-no-lesson = 链接提到的课程在这个 Losscape 中不存在：{ $name }
scenario-damaged-at-line = 场景文件在第 { $line } 行损坏：{ $problem }
scenario-toml = { $error }
scenario-refused = { $key }：{ $problem }
scenario-refused-at-line = { $key }（第 { $line } 行）：{ $problem }
scenario-in-file = { $path }：{ $problem }
scenario-not-written = 设置无法写成 TOML：{ $error }
file-not-read = 未能读取 { $path }：{ $error }
file-not-downloaded = 浏览器没有接受下载 { $path }：{ $error }

## 分屏视图
compare-flip-needs-network = 切换网络的开关需要网络曲面
compare-racers-need-zoo = 切换选手需要一个曲面库中的曲面或公式
compare-too-costly = { $surface } 计算代价太高，无法在主曲面旁显示
