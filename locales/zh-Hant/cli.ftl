# 命令列的人類可讀輸出（JSON 保持英文）。

cli-lesson-name = 名稱
cli-lesson-title = 標題
cli-lesson-points = 講座要點
cli-lesson-holds = 成立
cli-lesson-does-not-hold = 不成立
cli-lesson-control-fails = 對照組（{ $control }）：不成立，正如預期
cli-lesson-control-holds = 對照組（{ $control }）：也成立：這個論斷不可能出錯
cli-surface-name = 名稱
cli-surface-title = 標題
cli-surface-parameters = 參數
