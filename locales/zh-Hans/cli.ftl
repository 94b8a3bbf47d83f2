# 命令行的人类可读输出（JSON 保持英文）。

cli-lesson-name = 名称
cli-lesson-title = 标题
cli-lesson-points = 讲座要点
cli-lesson-holds = 成立
cli-lesson-does-not-hold = 不成立
cli-lesson-control-fails = 对照组（{ $control }）：不成立，正如预期
cli-lesson-control-holds = 对照组（{ $control }）：也成立：这个论断不可能出错
cli-surface-name = 名称
cli-surface-title = 标题
cli-surface-parameters = 参数
cli-surfaces-custom-usage = expr:<x 和 y 的公式>，例如 --surface 'expr:x^2 - y^2 + 0.1*sin(5*x)'
cli-probe-heading = { $surface }，在 ({ $x }, { $y })
cli-probe-value = 值
cli-probe-gradient = 梯度
cli-probe-hessian = 海森矩阵
cli-probe-eigenvalue = 特征值
cli-probe-along = { $value }   沿 ({ $x }, { $y })
cli-probe-undefined = 没有定义（这里不可微）
cli-probe-curvature = 曲率
cli-probe-condition = 条件数
cli-probe-stable-rate = 稳定的梯度下降学习率
cli-progress-critical = 正在寻找临界点
cli-critical-kind = 类型
cli-critical-eigenvalues = 特征值
cli-critical-found = 在 { $x } × { $y } 中有 { $count } 个临界点
cli-run-diverged = losscape：在第 { $step } 步发散：{ $reason }；最后一行是最后一个有限的点
cli-race-heading = { $surface }，从 ({ $x }, { $y }) 出发，{ $steps } 步；到达：{ $target }
cli-race-optimizer = 优化器
cli-race-steps = 到达所需步数
cli-race-best = 最低损失
cli-race-final = 最终损失
cli-race-diverged = 发散于
cli-progress-basins = 正在从每个起点运行
cli-basins-heading = { $optimizer } 在 { $surface } 上的吸引域（{ $grid }×{ $grid } 个起点，{ $steps } 步；最上一行 = y 最大）
cli-basins-minimum = { $letter } = ({ $x }, { $y }) 处的最小值：{ $count } 个起点
cli-basins-rest = · = 不靠近任何最小值：{ $unsettled }   × = 发散：{ $diverged }
cli-progress-gif = 正在绘制 GIF
cli-render-wrote-gif = 已写入 { $path }（{ $frames } 帧，{ $width }×{ $height } 像素）
cli-render-wrote-png = 已写入 { $path }（{ $width }×{ $height } 像素）
cli-slice-heading = θ + α·d₁ + β·d₂ 上的损失（{ $directions } 方向），[−{ $r }, { $r }]² 上 { $n } × { $n } 的网格；如有批次标准化，使用它的移动平均统计量
cli-slice-at-trained = 训练好的权重处
cli-slice-no-finite = 网格上没有有限的损失
cli-slice-lowest = 网格上最低
cli-slice-highest = 网格上最高
cli-slice-more = （--csv 或 --json 会输出每个值）
cli-spectrum-heading = 训练 { $epochs } 轮后的权重处，训练损失（{ $loss }）在 { $examples } 个样本上的海森矩阵
cli-spectrum-heading-batch-norm = 训练 { $epochs } 轮后的权重处，训练损失（{ $loss }）在 { $examples } 个样本上的海森矩阵；批次标准化使用它的移动平均统计量
cli-spectrum-parameters = 参数
cli-spectrum-lanczos = { $count }（用 Lanczos 求两端的特征值）
cli-spectrum-smallest = 最小
cli-spectrum-largest = 最大
cli-spectrum-signs = 符号
cli-spectrum-signs-value = { $positive } 个正，{ $negative } 个负，{ $zero } 个零
cli-spectrum-minimum-ratio = 最小值比例
cli-spectrum-minimum-ratio-value = { $ratio }   （正特征值占全部的比例，和讲座一样）
cli-spectrum-condition = 条件数
cli-spectrum-condition-value = { $condition }   （非零特征值的 |λ|max/|λ|min）
cli-spectrum-leading = 前两个之比
cli-spectrum-leading-value = { $ratio }   （λ₁/λ₂：最陡的两个方向的条件数）
cli-train-epoch = 轮次
cli-train-train-loss = 训练损失
cli-train-test-loss = 测试损失
cli-train-train-accuracy = 训练准确率
cli-train-test-accuracy = 测试准确率
cli-train-diverged = 在第 { $epoch } 轮发散：损失不再是有限的数
cli-scenario-opens = { $file }：可以打开——{ $surface }，{ $racers } 位选手，{ $steps } 步
cli-scenario-opens-one-racer = { $file }：可以打开——{ $surface }，1 位选手，{ $steps } 步

## 命令为何被拒绝
cli-bad-optimizer = 优化器 '{ $spec }' 有误：{ $problem }
cli-bad-schedule = 学习率调度 '{ $spec }' 有误：{ $problem }
cli-no-minimum = { $surface } 上没有记载或找到的最小值
cli-too-many-racers = 最多 { $most } 个选手
cli-no-drawing = 这个构建没有绘图代码：请带 `app` 特性重新构建以渲染图像
cli-unknown-lesson = 未知的课程 '{ $name }'；课程有：{ $known }
cli-lesson-failed = 课程 { $name }：{ $problem }
cli-lessons-failed = { $count } 个课程中，{ $failed } 个论断不成立，{ $vacuous } 个在对照设置上也成立
cli-bad-grid = --grid 必须为 2 到 { $most }，而不是 { $value }
cli-bad-range = --range 必须大于 0 且至多为 { $most }，而不是 { $value }
cli-weights-needed = --directions weights 需要 --weights A,B（例如 1.0.0,2.3.1）
cli-diverged-no-hessian = 训练发散了：损失不再是有限的，所以没有海森矩阵
cli-extremes-zero = --extremes 需要 K ≥ 1
cli-nothing-recorded = 训练没有记录任何内容
cli-diverged-not-written = 训练发散了，所以没有写入 { $path }

## 一行说明一个网络：数据、形状、损失、优化器
cli-network = { $data }（训练 { $train } 个，测试 { $test } 个）· { $shape } { $activation }{ $batch-norm }{ $normalized } · { $loss } · { $optimizer } · 批次 { $batch } · { $parameters } 个参数
cli-network-batch-norm = {" "}+ 批次标准化
cli-network-normalized = {" "}+ 输入标准化
cli-network-off = {""}
