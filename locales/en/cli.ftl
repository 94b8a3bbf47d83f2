# The command line's human-readable output (JSON stays English).

cli-lesson-name = name
cli-lesson-title = title
cli-lesson-points = lecture points
