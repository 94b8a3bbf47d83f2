# 命令行的人类可读输出（JSON 保持英文）。

cli-lesson-name = 名称
cli-lesson-title = 标题
cli-lesson-points = 讲座要点
