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
