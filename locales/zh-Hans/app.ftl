# 应用的工具栏、菜单和帮助窗口。数字已排版好传入：只有文字会变。

menu-file = 文件
menu-lessons = 课程
menu-view = 视图
menu-language = 语言 (Language)
menu-language-tip = 应用和课程所用的语言；下次启动时仍会记住

toolbar-play = ▶ 播放
toolbar-pause = ‖ 暂停
toolbar-play-tip = 播放这场竞赛：所有选手同步前进（空格键）
toolbar-back = ◀ 后退
toolbar-back-tip = 后退一步（←）
toolbar-step = 前进 ▶
toolbar-step-tip = 前进一步（→）
toolbar-reset = ⟲ 重置
toolbar-reset-tip = 回到起点（R）
toolbar-speed = 步 / 帧
toolbar-speed-tip = 小于 1：每隔几帧走一步。大于 1：每帧走很多步。
toolbar-budget = 步数上限
toolbar-budget-tip = 每位选手计算的更新次数。任何改动都会立刻重新计算路径。
toolbar-step-counter = 第 { $shown } / { $last } 步
toolbar-3d = 3D
toolbar-3d-tip = 把曲面画成地形，路径同样画在上面；拖动可旋转（3）
toolbar-critical = 寻找临界点
toolbar-critical-tip = 从 41×41 个起点用牛顿法求解 ∇f = 0，再按海森矩阵（Hessian）分类
toolbar-hyper-map = 超参数图
toolbar-hyper-map-tip = 所选选手在不同（学习率、动量或 β₁）下到达所需的步数；拖动它的点来选择
toolbar-network = 网络
toolbar-network-tip = 在玩具数据集上训练一个小型神经网络，观察它的决策边界和曲线
toolbar-presentation = 演示模式
toolbar-presentation-tip = 为投影仪准备的大字体和精简界面（F）
toolbar-help-tip = 键盘和鼠标快捷方式，以及讲座的术语（?）
job-cancel = 取消

view-log-scale = 对数色标
view-log-scale-tip = 按 log(f − min) 着色：显示最小值附近的细节
view-contours = 等高线
view-contours-tip = 损失相等的线
view-equal-aspect = 等比例坐标
view-equal-aspect-tip = 两个坐标轴比例相同：圆看起来是圆的
view-curvature-map = 曲率图
view-curvature-map-tip = 海森矩阵不定（类似鞍点的区域）处为红色，各方向都向下弯处为紫色，曲面为凸处不着色
view-basins = 所选选手的吸引域
view-basins-tip = 按所选选手从每个起点到达的最小值给起点着色（64×64 个起点，在后台计算）；发散处为深色
view-critical-points = 临界点
view-critical-points-tip = 已知和找到的最小值（●）、最大值（▲）、鞍点（✚）和退化点（■）
view-arrows = 梯度 / 动量 / 更新箭头
view-arrows-tip = 在每位选手的位置：单纯的梯度步、动量部分，以及两者之和，即实际的更新
view-effective-step = 每个参数的步长
view-effective-step-tip = 在每位选手的位置：每个坐标实际得到的学习率（AdaGrad、RMSProp、Adam 会除以 √v）；两条柱的比例显示方法如何重新缩放峡谷
view-eigen-cross = 海森矩阵特征向量十字
view-eigen-cross-tip = 在光标和每位选手的位置：海森矩阵的特征向量，长度按 |λ| 缩放；蓝色为正曲率，红色为负曲率

help-title = 键盘、鼠标和术语
help-play = 播放 / 暂停
help-forward = 前进一步
help-back = 后退一步
help-reset = 回到起点
help-presentation = 演示模式
help-3d = 2D 地图 / 3D 地形
help-lessons = 上一课 / 下一课（演示模式下）
help-files = 保存 / 打开场景（Mac 上为 ⌘）
help-this-window = 本窗口
help-escape = 关闭对话框或本窗口；退出演示模式
help-drag-start-key = 拖动起点
help-drag-start = 移动它；所有路径实时跟随
help-click-key = 点击曲面
help-click = 把所选选手的起点放在那里
help-drag-key = 在别处拖动
help-drag = 平移地图；旋转 3D 地形
help-wheel-key = 滚轮
help-wheel = 放大和缩小
help-double-click-key = 双击
help-double-click = 回到整个曲面 / 默认视角
help-glossary = 讲座的术语（glossary）
help-glossary-tip = 讲座的术语：英文幻灯片上的写法，以及简体和繁体中文；中文课程中术语第一次出现时，旁边附上英文

menu-lessons-tip = 讲座的每个主题一键设置好，并测量它的论断
file-open = 打开场景…
file-open-tip = 用保存的设置替换整个当前设置
file-save = 保存场景…
file-save-tip = 曲面、选手、噪声、开关和视图，存成可读的文本文件
file-export-png = 导出 PNG…
file-export-png-tip = 带所有路径的曲面视图，尺寸可选，用于幻灯片
file-export-gif = 导出 GIF…
file-export-gif-tip = 从起点到最后一步的竞赛动画，附步数计数
file-export-trajectories = 导出轨迹…
file-export-trajectories-tip = 每位选手逐步的路径，存成 CSV 或 JSON
file-export-window = 导出窗口 PNG…
file-export-window-tip = 整个窗口，与屏幕上完全一样（网络窗口、各种图、课程），按屏幕分辨率
export-step = 第 { $step } 步

lesson-of = 第 { $number } 课，共 { $count } 课
lesson-close = 关闭
lesson-next = 下一课 ▶
lesson-next-tip = 下一课（演示模式下按 →）
lesson-previous = ◀ 上一课
lesson-previous-tip = 上一课（演示模式下按 ←）
lesson-measuring = 正在测量论断…
lesson-holds = ✓ { $claim }
lesson-does-not-hold = ✗ 不成立：{ $claim }
lesson-control-fails = 对照组：{ $control } —— 论断在那里不成立，正如预期
lesson-control-holds = 对照组：{ $control } —— ✗ 论断在那里也成立
lesson-control-tip = 每节课也会在一个改动过的设置上测量，论断在那里必须不成立：一个不可能出错的论断什么也教不了。
lesson-not-measured = 未测量：{ $reason }

racers-heading = 选手
racers-add = + 添加
racers-add-tip = 添加一位选手（复制所选的选手）
racers-full = 最多 { $most } 位选手同时竞赛
racers-diverged = {"  "}✕ 在第 { $step } 步发散
racers-computing = {"  "}· 计算中…
racers-not-running = {"  "}⚠ 未运行
racer-optimizer = 优化器
racer-optimizer-tip = 更新规则，与 torch.optim 相同
racer-duplicate = 复制
racer-remove = 移除
racer-schedule = 调度
racer-schedule-tip = 学习率调度（learning rate scheduling）：constant, step:step_size=100,gamma=0.5, exponential:gamma=0.99, cosine:t_max=1000, warmup-cosine:warmup=100,total=1000, inverse-sqrt:warmup=100
racer-clip = 梯度裁剪
racer-clip-tip = 梯度比这个范数长时把它缩短到这个范数：能驯服悬崖
racer-clip-to = 到
racer-start = 起点
racer-start-tip = 这位选手的起点；也可以在曲面上拖动它的 ○
racer-computing-path = 正在计算路径…

param-lr-tip = 学习率（learning rate）η：步长。η < 2/λmax 时普通梯度下降是稳定的。
param-momentum-tip = 动量（momentum）μ：每一步保留上一步的 μ 倍，再加上新的梯度。
param-dampening-tip = 阻尼 τ：新的梯度乘以 (1 − τ) 后进入动量缓冲。
param-nesterov-tip = Nesterov：先沿动量往前看，再走梯度这一步。
param-weight_decay-tip = 权重衰减 λ：在梯度上加 λ·θ（AdamW：直接缩小 θ）。
param-lr_decay-tip = Adagrad 的学习率衰减：η / (1 + (t − 1)·decay)。
param-initial_accumulator_value-tip = Adagrad 梯度平方和的初始值。
param-eps-tip = 加在分母上的 ε，让它永远不会除以零。
param-alpha-tip = RMSProp 的平滑系数 α：滑动平均每一步保留旧值的 α。
param-centered-tip = 中心化的 RMSProp：除以梯度的估计标准差。
param-beta1-tip = β₁：每一步保留多少梯度的滑动平均（动量）。
param-beta2-tip = β₂：每一步保留多少梯度平方的滑动平均。
param-amsgrad-tip = AMSGrad：使用至今最大的二阶矩，步长就不会再变大。
param-momentum_decay-tip = NAdam 的动量衰减 ψ：μₜ 预热得多快。
param-damping-tip = 牛顿法的阻尼 δ：解 (H + δI)·d = ∇f；δ 越大越接近梯度下降。
param-momentum_form-tip = torch：b ← μb + g。ema：b ← μb + (1 − μ)g，有些课程这样写。
param-eps_inside-tip = TensorFlow 的 RMSProp 把 ε 放在平方根里面；PyTorch 加在平方根之后。
param-bias_correction-tip = Adam 把它的滑动平均除以 (1 − βᵗ)，让最初几步不会太小。
param-root_mean_square-tip = 讲座里的 AdaGrad：除以过去所有梯度的均方根 √(G/t)。PyTorch 除以 √G，是同一个规则，只是 η 缩小了 1/√t。

noise-heading = 小批次噪声
noise-sigma = 噪声 σ
noise-sigma-tip = 每个梯度都加上大小为 σ/√B 的高斯噪声，就像小批次（mini-batch）会带来的那样
noise-batch = 批次大小（batch）B
noise-batch-tip = 批次越大，平均的样本越多：噪声越小
noise-seed = 种子
noise-seed-tip = 所有选手看到同一串噪声，所以竞赛是公平的

probe-heading = 海森矩阵探针（Hessian probe）
probe-at-cursor = ({ $x }, { $y }) —— 光标处
probe-at-racer = ({ $x }, { $y }) —— 所选选手处
probe-at-centre = ({ $x }, { $y }) —— 中心处
probe-undefined = 这里没有定义（例如负数的 ln 或 sqrt）：没有梯度，没有曲率，选手也不能从这里出发。
probe-value = 这里的损失。
probe-gradient-zero = 几乎为零：一个临界点。海森矩阵会告诉你是哪一种。
probe-gradient = 梯度下降沿这个箭头的反方向走。
probe-eigenvalues = 沿两个主方向的曲率，即海森矩阵的特征值（eigenvalue）。
probe-kind = 类型
probe-kind-minimum = 最小值
probe-kind-minimum-tip = 各个方向都向上弯：如果这里 ∇f = 0，就是最小值。
probe-kind-maximum = 最大值
probe-kind-maximum-tip = 各个方向都向下弯：如果这里 ∇f = 0，就是最大值。
probe-kind-saddle = 鞍点
probe-kind-saddle-tip = 一个方向向上，另一个方向向下：鞍点。负特征值的特征向量就是逃离的路线。
probe-kind-degenerate = 退化点
probe-kind-degenerate-tip = 有一个特征值为零：二阶检验在这里无法判断。
probe-kind-none = —
probe-kind-none-tip = 这里不可微。
probe-condition = 条件数 |λ|max/|λ|min：很大表示一个又长又窄的峡谷，一个步长无法同时适合两个方向。
probe-stable-rate = 学习率高于这个值时，普通梯度下降在这附近会发散。

leaderboard-heading = 排行榜
leaderboard-arrived-value = 到达：f ≤ f* + 1e-6（f* = { $best }）
leaderboard-arrived-gradient = 到达：‖∇f‖ ≤ 1e-6
leaderboard-racer = 选手
leaderboard-steps = 步数
leaderboard-best = 最佳 f
leaderboard-final = 最终 f
leaderboard-diverged = 发散

surface-heading = 曲面
surface-custom = 自定义公式
surface-custom-menu = 自定义公式 f(x, y)
surface-network-tip = 网络窗口里的网络（按它的设置）训练好后，沿它海森矩阵最大的两个特征向量切出的曲面
surface-pick-tip = 从损失动物园里挑一个曲面，或输入你自己的公式
surface-formula-tip = 用 x 和 y：+ − * / ^，像 1e-3 这样的数，pi 和 e，以及函数 { $functions }。-x^2 表示 −(x²)；2^3^2 = 512。按回车键应用。
surface-apply = 应用公式
surface-batch-norm = 批次标准化
surface-batch-norm-tip = 在每个隐藏层之后加上批次标准化（batch normalization）重新训练，并显示新的曲面
surface-normalize = 输入归一化
surface-normalize-tip = 在缩放到均值 0、方差 1 的特征上重新训练，并显示新的曲面
surface-loss = 损失
surface-loss-ce = 交叉熵
surface-loss-ce-tip = Softmax 交叉熵（cross-entropy）：重新训练并显示新的曲面
surface-loss-mse = MSE
surface-loss-mse-tip = Softmax 之后的平方误差：重新训练并显示新的曲面
surface-training = 正在训练网络
surface-stop = 停止
surface-stop-tip = 停止训练；曲面保持原样
surface-settings-changed = 这个网络训练之后，网络窗口的设置改变了。
surface-not-trained = 网络还没有用这些设置训练过。
surface-train = 训练并显示
surface-train-tip = 用网络窗口的设置训练，并显示曲面
family-bowls = 碗和峡谷
family-saddles = 鞍面
family-many-minima = 多个最小值
family-plateaus = 高原和悬崖
family-lecture = 讲座中的曲面
family-networks = 小型网络

curve-loss-minimum = log₁₀(f − f*) 对步数
curve-loss-best = log₁₀(f − 最佳 f) 对步数
curve-loss-tip = 每位选手比最小值高多少，取对数：一条笔直下降的线就是线性收敛
curve-gradient = log₁₀ ‖∇f‖ 对步数
curve-gradient-tip = 梯度的长度：损失停滞时它很大，表示在峡谷里来回震荡；损失很高时它很小，表示在高原上
curve-rate = 学习率：实际的、调度的（虚线）
curve-rate-tip = 实线：每次更新实际用的步长，对各坐标取平均（自适应方法为 lr / √v）。虚线：调度给出的学习率。最大值超过平常的 1000 倍时用 log₁₀ 坐标轴。
curve-stability = 稳定性 η·λmax（> 2：不稳定）
curve-stability-tip = 步长乘以该步所在处最陡的曲率。大于 2 时，普通梯度下降会冲过头，振荡越来越大。最大值超过平常的 1000 倍时用 log₁₀ 坐标轴（此时小于等于零的值画在最底部）。

step-heading = 逐步查看
step-at-start = 在起点：还没有更新。按 → 走第一步，看它一步步写出来。
step-update = { $optimizer } 的第 { $update } 次更新
step-effective-rate = 每个坐标实际的学习率：{ $rates }

network-data = 数据
network-data-tip = 一个两特征的玩具分类数据集，或回归：y = sin(1.5·x) 加上噪声的点，用 mse 损失拟合
network-examples = 样本数
network-examples-tip = 训练和测试合计；其中四分之一留作测试
network-noise = 噪声
network-noise-tip = 点偏离所属类别形状的程度
network-augment = 增强
network-augment-tip = 用已有的样本造出更多训练样本（数据增强，data augmentation）。jitter：每个样本复制四份，稍微移动（移动后的点保持类别）；upside-down：每个样本上下翻转复制一份，类别不变——只有在类别上下颠倒后看起来一样时才合理；half-turn：每个样本绕原点转半圈复制一份，使训练集完全对称
network-hidden = 隐藏层
network-hidden-tip = 每个隐藏层的宽度，用逗号分隔：16,16 是两层各 16 个单元
network-activation = 激活函数
network-init = 初始化
network-init-tip = 参数如何开始。torch：权重和偏置在 ±1/√fan-in 内均匀分布，与 nn.Linear 相同；zero-output：所有偏置和输出层的权重都为零，所以网络一开始对每个样本输出都相同
network-loss = 损失
network-loss-tip = ce：softmax 交叉熵；mse：原始输出的平方误差；mse-softmax：softmax 之后的平方误差；bce：一个 sigmoid 输出
network-batch-norm-tip = 在每个隐藏的线性层之后加上批次标准化（torch 的 BatchNorm1d）
network-normalize-tip = 在进入网络之前，把每个特征缩放到均值 0、方差 1
network-weight-decay = 权重衰减
network-weight-decay-tip = 权重上 L2 惩罚 (λ/2)·‖W‖² 的 λ：让权重保持较小的限制，用来对抗过拟合；太大时模型就拟合不了了
network-optimizer-tip = 与选手相同，例如 adam:lr=0.01 或 sgd:lr=0.1,momentum=0.9
network-epochs = 轮次（epoch）
network-batch = 批次
network-batch-tip = 每个小批次的样本数
network-seed-tip = 数据、初始权重和批次的种子
network-stop-tip = 这一轮结束后停止
network-train = 训练
network-train-tip = 用这些设置训练一个全新的网络
network-press-train = 按“训练”在数据上训练一个网络；它的决策边界（或拟合曲线）以及训练和测试曲线会随着学习出现在这里。
network-epoch = 第 { $epoch } 轮：训练损失 { $train }，测试损失 { $test }
network-epoch-accuracy = 第 { $epoch } 轮：训练损失 { $train }，测试损失 { $test }；准确率：训练 { $train_accuracy }，测试 { $test_accuracy }
network-epoch-axis = 轮次
network-train-loss = 训练损失
network-test-loss = 测试损失
network-accuracy = 准确率
network-train-accuracy = 训练准确率
network-test-accuracy = 测试准确率
network-boundary = 决策边界
network-train-set = 训练
network-test-set = 测试
network-computing-spectrum = 正在计算海森矩阵的特征值…
network-spectrum-full = 训练后权重处的海森矩阵，P = { $parameters }：{ $positive } 个正、{ $negative } 个负、{ $zero } 个零特征值，最小值比例（minimum ratio）{ $minimum_ratio }；条件数 κ = { $condition }；前两大之比 λ₁/λ₂ = { $leading }。
network-spectrum-full-before = 训练后权重处的海森矩阵，P = { $parameters }：{ $positive } 个正、{ $negative } 个负、{ $zero } 个零特征值，最小值比例（minimum ratio）{ $minimum_ratio }；条件数 κ = { $condition }；前两大之比 λ₁/λ₂ = { $leading }（之前训练的网络：{ $before }）。
network-spectrum-extremes = 训练后权重处的海森矩阵，P = { $parameters }（太多，无法完整构造，最多 { $most }）：用 Lanczos 求出最小和最大的各 { $extremes } 个特征值；前两大之比 λ₁/λ₂ = { $leading }。
network-spectrum-extremes-before = 训练后权重处的海森矩阵，P = { $parameters }（太多，无法完整构造，最多 { $most }）：用 Lanczos 求出最小和最大的各 { $extremes } 个特征值；前两大之比 λ₁/λ₂ = { $leading }（之前训练的网络：{ $before }）。
network-spectrum-tip =
    最小值比例（minimum ratio）与讲座中相同，是正特征值的个数除以全部特征值的个数：在没有平坦方向的最小值处为 1。训练之后它小于 1：大多数方向向上弯，许多方向是平的（零），还有几个方向向下弯——有负特征值就表示是鞍点，而不是局部最小值。

    κ = 非零特征值中的 |λ|max/|λ|min，对任何训练过的网络都很大：许多方向几乎是平的。前两大之比 λ₁/λ₂ 比较最陡的两个方向，也就是网络曲面所显示的平面的条件数。批次标准化和输入归一化会让它变小：打开它们重新训练来比较。
network-spectrum-axis = 特征值 λ（带符号的对数刻度；灰色：零）
network-spectrum-count = 个数
network-eigenvalues = 特征值

dialog-save = 保存场景
dialog-open = 打开场景
dialog-export-png = 把视图导出为 PNG
dialog-export-gif = 把竞赛导出为 GIF 动画
dialog-export-trajectories = 导出轨迹
dialog-export-window = 把窗口导出为 PNG
dialog-verb-open = 打开
dialog-verb-save = 保存
dialog-verb-export = 导出
dialog-verb-replace = 替换
dialog-path = 路径
dialog-size = 尺寸
dialog-frames = 帧数
dialog-frames-tip = 帧平均分布在整场竞赛中，每帧 80 毫秒
dialog-replace-read-only = 仍然替换（文件保持只读）
dialog-replaces-saving = ⚠ { $name } 已存在：保存会替换它。
dialog-replaces-exporting = ⚠ { $name } 已存在：导出会替换它。
dialog-read-only = ⚠ { $name } 是只读的。
dialog-empty = 请输入文件的路径。
dialog-folder-open = 这是一个文件夹：在下面选一个场景，或输入它的名字。
dialog-folder = 这是一个文件夹：请加上文件名。
dialog-missing = 这里没有叫 { $name } 的文件。
dialog-no-folder = 文件夹 { $folder } 不存在。
dialog-not-written = 未写入：{ $reason }
dialog-no-scenarios = 这个文件夹里没有场景文件（.toml）。
dialog-scenarios = 这个文件夹里的场景，最新的在前：

job-lesson = 正在测量论断
job-critical = 正在寻找临界点
job-png = 正在绘制 PNG
job-gif = 正在绘制 GIF
job-window = 正在保存窗口
job-paths = 正在计算路径
job-grid = 正在细化曲面
job-basins = 正在绘制吸引域
job-hyper = 正在绘制超参数图
notice-saved = 场景已保存到 { $path }。
notice-not-saved = 未保存：{ $reason }
notice-opened = 已打开 { $path }。
notice-not-opened = 未打开，当前设置没有改变：{ $reason }
notice-exported-view = 视图已导出到 { $path }。
notice-exported-gif = { $frames } 帧已导出到 { $path }。
notice-exported-trajectories = 轨迹已导出到 { $path }。
notice-exported-window = 窗口（{ $width } × { $height } 像素）已导出到 { $path }。
notice-not-exported = 未导出：{ $reason }
notice-no-window-picture = 未导出：图形后端没有送来窗口的画面。
notice-not-split = 视图没有分屏：{ $reason }
notice-lesson-not-set-up = 无法设置课程“{ $name }”：{ $reason }
notice-too-many-racers = 最多 { $most } 位选手同时竞赛。
notice-hyper-cancelled = 超参数图已取消。
notice-no-hyper-map = 没有超参数图：{ $reason }
notice-no-basins = 没有吸引域图：{ $reason }
notice-critical-cancelled = 临界点搜索已取消：显示目前找到的 { $found } 个点。
notice-setup-unreadable = 无法读取保存的设置（{ $reason }）；从默认设置开始。
notice-setup-unreadable-json = { $error }
notice-lessons-unreadable = 无法读取课程：{ $reason }
notice-surface-unbuildable = 无法构建保存的曲面（{ $reason }）；显示默认曲面。
notice-network-cannot-train = 网络无法训练：{ $reason }
notice-dismiss = 关闭

maps-expensive = 在这个曲面上关闭：每次求值都要遍历一个网络的训练数据，而一张图需要几百万次。
hyper-no-racer = 请先添加一位选手。
hyper-computing = 计算中…
hyper-about = { $optimizer } 从 ({ $x }, { $y }) 出发：到达所需的步数。亮 = 快，灰 = 在步数上限内没有到达，暗红 = 发散。拖动 ○ 来选择选手的设置。
hyper-axis = log₁₀ 学习率
hyper-at-pointer = 指针处：{ $cell }
hyper-hover = 把指针移到图上，读出一个格子的数值。
hyper-cell-diverges = lr { $lr }，{ $key } { $value } → 发散
hyper-cell-one-step = lr { $lr }，{ $key } { $value } → 1 步到达
hyper-cell-arrives = lr { $lr }，{ $key } { $value } → { $steps } 步到达
hyper-cell-never = lr { $lr }，{ $key } { $value } → { $budget } 步内没有到达

compare-menu = 分屏：与……比较
compare-menu-tip = 在旁边显示第二个曲面，同样的选手从同样的起点出发，同步播放
compare-close = ✕ 关闭
compare-close-split = 关闭分屏
compare-not-shown = 无法显示：{ $reason }
compare-racers-constant = 这些选手，学习率不变
compare-racers-no-noise = 这些选手，没有梯度噪声
compare-racers-tip = 同一个曲面，选手的设置反过来，放在旁边
compare-flip-batch-norm = 这个网络，批次标准化反过来
compare-flip-inputs = 这个网络，输入归一化反过来
compare-flip-full-batch = 这个网络，用全批次训练
compare-flip-tip = 同一个网络，开关反过来训练，放在这个旁边
compare-batch-norm-on = 批次标准化开
compare-batch-norm-off = 批次标准化关
compare-inputs-normalized = 输入已归一化
compare-inputs-raw = 原始输入
compare-full-batch = 全批次
compare-batch = 批次 { $size }
compare-schedule = 调度 { $schedule }
compare-constant-rate = 学习率不变
compare-noise = 噪声 σ = { $noise }，B = { $batch }
compare-no-noise = 没有噪声
compare-training = 正在训练网络，{ $switch }
compare-pane-title = { $switch }：{ $surface }
surface-network = 网络窗口训练好的网络
surface-network-note = 网络窗口训练的网络，在训练找到的权重周围，沿着损失弯曲最厉害的两个方向。批次标准化、输入归一化和损失函数都会改变它的形状：比较切换前后的 κ。中心是训练停下的地方，不一定正好是最小值。
lesson-figure-caption = { $title }：{ $y } 对 { $x }
surface-kappa = 中心处 κ = { $kappa }
surface-kappa-before = 中心处 κ = { $kappa }；之前（{ $change }）：κ = { $before }
surface-kappa-tip = 切片的海森矩阵在训练好的权重处的条件数：网络最大的两个曲率之比 λ₁/λ₂。κ 很大表示一条窄峡谷，一个学习率很难穿过。
surface-change-loss = 损失 { $loss }
surface-change-other = 其他设置
list-separator = 、
axis-weights-x = x  (w1)
axis-weights-y = y  (w2)
axis-logits-x = x  (logit y₁)
axis-logits-y = y  (logit y₂)
axis-weight-and-bias-x = x  (权重 w)
axis-weight-and-bias-y = y  (偏置 b)
axis-random-directions-x = x  (沿 d₁)
axis-random-directions-y = y  (沿 d₂)
axis-top-eigenvectors-x = x  (沿 v₁)
axis-top-eigenvectors-y = y  (沿 v₂)
surface-network-formula = θ* + x·v₁ + y·v₂ 处的训练损失，v₁、v₂ 为海森矩阵最大的两个特征向量（λ = { $large }、{ $small }；κ = { $kappa }）· { $network }

# 公式无法解析的原因。

formula-error = 公式有误：{ $problem }（第 { $position } 个字符）
formula-too-long = 公式太长（{ $length } 个字符；最多 { $most } 个）
formula-unexpected-character = 意外的字符 '{ $character }'
formula-not-a-number = '{ $literal }' 不是一个数
formula-number-too-large = 数 { $literal } 太大
formula-empty = 公式是空的
formula-unmatched-close = ')' 没有对应的 '('
formula-expected-operator = { $token } 前面应该有运算符（+ - * / ^）
formula-expected-operator-product = { $token } 前面应该有运算符（+ - * / ^）；乘积要写 *，例如 2*x
formula-too-deep = 公式嵌套太深（超过 { $levels } 层）
formula-ends-early = 公式在应该接着数、x、y、函数或 '(' 的地方结束了
formula-expected-operand = 这里应该是数、x、y、函数或 '('，却是 { $token }
formula-missing-close = 第 { $open } 个字符的 '(' 缺少对应的 ')'：遇到了 { $token }
formula-missing-close-at-end = 第 { $open } 个字符的 '(' 缺少对应的 ')'：公式就结束了
formula-function-needs-call = '{ $name }' 是函数：要写成 { $name }(...)
formula-unknown-name = 未知的名称 '{ $name }'：变量是 x 和 y，常数是 pi 和 e
formula-arity-one = '{ $name }' 需要 1 个参数，不是 { $given } 个
formula-arity = '{ $name }' 需要 { $count } 个参数，不是 { $given } 个
formula-unknown-function = 未知的函数 '{ $name }'；已知的函数：{ $functions }
