# The command line's human-readable output (JSON stays English).

cli-lesson-name = name
cli-lesson-title = title
cli-lesson-points = lecture points
cli-lesson-holds = holds
cli-lesson-does-not-hold = DOES NOT HOLD
cli-lesson-control-fails = control ({ $control }): fails, as it should
cli-lesson-control-holds = control ({ $control }): HOLDS TOO: the claim cannot fail
cli-surface-name = name
cli-surface-title = title
cli-surface-parameters = parameters
