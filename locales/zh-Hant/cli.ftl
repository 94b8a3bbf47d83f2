# 命令列的人類可讀輸出（JSON 保持英文）。

cli-lesson-name = 名稱
cli-lesson-title = 標題
cli-lesson-points = 講座要點
