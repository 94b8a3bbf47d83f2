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
cli-surfaces-custom-usage = expr:<formula in x and y>, e.g. --surface 'expr:x^2 - y^2 + 0.1*sin(5*x)'
cli-probe-heading = { $surface } at ({ $x }, { $y })
cli-probe-value = value
cli-probe-gradient = gradient
cli-probe-hessian = Hessian
cli-probe-eigenvalue = eigenvalue
cli-probe-along = { $value }   along ({ $x }, { $y })
cli-probe-undefined = undefined (not differentiable here)
cli-probe-curvature = curvature
cli-probe-condition = condition
cli-probe-stable-rate = stable GD lr
cli-progress-critical = searching for critical points
cli-critical-kind = kind
cli-critical-eigenvalues = eigenvalues
cli-critical-found = { $count } critical points in { $x } × { $y }
cli-run-diverged = losscape: diverged at step { $step }: { $reason }; the last row is the last finite point
cli-race-heading = { $surface } from ({ $x }, { $y }), { $steps } steps; arrived: { $target }
cli-race-optimizer = optimizer
cli-race-steps = steps to target
cli-race-best = best loss
cli-race-final = final loss
cli-race-diverged = diverged at
cli-progress-basins = running every start
cli-basins-heading = Basins of { $optimizer } on { $surface } ({ $grid }×{ $grid } starts, { $steps } steps; top row = y max)
cli-basins-minimum = { $letter } = minimum at ({ $x }, { $y }): { $count } starts
cli-basins-rest = · = near no minimum: { $unsettled }   × = diverged: { $diverged }
cli-progress-gif = drawing the GIF
cli-render-wrote-gif = wrote { $path } ({ $frames } frames of { $width }×{ $height } pixels)
cli-render-wrote-png = wrote { $path } ({ $width }×{ $height } pixels)
cli-slice-heading = loss on θ + α·d₁ + β·d₂ ({ $directions } directions), { $n } × { $n } grid over [−{ $r }, { $r }]²; batch norm, if any, uses its running statistics
cli-slice-at-trained = at the trained weights
cli-slice-no-finite = no finite loss on the grid
cli-slice-lowest = lowest on the grid
cli-slice-highest = highest on the grid
cli-slice-more = (--csv or --json print every value)
cli-spectrum-heading = Hessian of the training loss ({ $loss }) at the weights after { $epochs } epochs, over { $examples } examples
cli-spectrum-heading-batch-norm = Hessian of the training loss ({ $loss }) at the weights after { $epochs } epochs, over { $examples } examples; batch norm uses its running statistics
cli-spectrum-parameters = parameters
cli-spectrum-lanczos = { $count } (extremes by Lanczos)
cli-spectrum-smallest = smallest
cli-spectrum-largest = largest
cli-spectrum-signs = signs
cli-spectrum-signs-value = { $positive } positive, { $negative } negative, { $zero } zero
cli-spectrum-minimum-ratio = minimum ratio
cli-spectrum-minimum-ratio-value = { $ratio }   (positive eigenvalues over all, as in the lecture)
cli-spectrum-condition = condition
cli-spectrum-condition-value = { $condition }   (|λ|max/|λ|min over the non-zero eigenvalues)
cli-spectrum-leading = leading ratio
cli-spectrum-leading-value = { $ratio }   (λ₁/λ₂: the condition number of the two steepest directions)
cli-train-epoch = epoch
cli-train-train-loss = train loss
cli-train-test-loss = test loss
cli-train-train-accuracy = train acc
cli-train-test-accuracy = test acc
cli-train-diverged = diverged at epoch { $epoch }: the loss is no longer finite
cli-scenario-opens = { $file }: opens — { $surface }, { $racers } racers, { $steps } steps
cli-scenario-opens-one-racer = { $file }: opens — { $surface }, 1 racer, { $steps } steps

## Why a command is refused
cli-bad-optimizer = bad optimizer '{ $spec }': { $problem }
cli-bad-schedule = bad schedule '{ $spec }': { $problem }
cli-no-minimum = no minimum is documented or found on { $surface }
cli-too-many-racers = at most { $most } racers
cli-no-drawing = this build has no drawing code: rebuild with the `app` feature to render images
cli-unknown-lesson = unknown lesson '{ $name }'; lessons: { $known }
cli-lesson-failed = lesson { $name }: { $problem }
cli-lessons-failed = of { $count } lessons, { $failed } claims do not hold and { $vacuous } hold on their control too
cli-bad-grid = --grid must be 2 to { $most }, not { $value }
cli-bad-range = --range must be above 0 and at most { $most }, not { $value }
cli-weights-needed = --directions weights needs --weights A,B (e.g. 1.0.0,2.3.1)
cli-diverged-no-hessian = training diverged: the loss is no longer finite, so there is no Hessian
cli-extremes-zero = --extremes needs K ≥ 1
cli-nothing-recorded = training recorded nothing
cli-diverged-not-written = training diverged, so { $path } was not written

## A network in one line: data, shape, loss, optimizer
cli-network = { $data } ({ $train } train, { $test } test) · { $shape } { $activation }{ $batch-norm }{ $normalized } · { $loss } · { $optimizer } · batch { $batch } · { $parameters } parameters
cli-network-batch-norm = {" "}+ batch norm
cli-network-normalized = {" "}+ normalized inputs
cli-network-off = {""}
