# Why a setting, a file or a run is refused or stopped. Names of parameters, keys and
# optimizers stay as written (lr, beta1, adam): they are what the user types.

## Optimizer and schedule specs (name:key=value,...)
spec-no-name = '{ $text }' has no name before the ':'
spec-not-key-value = '{ $item }' in '{ $text }' should be key=value
spec-key-twice = '{ $key }' is given twice in '{ $text }'
spec-not-finite = { $key }={ $value }: expected a finite number
spec-not-boolean = { $key }={ $value }: expected true or false
spec-not-count = { $key }={ $value }: expected a whole number ≥ 1
spec-unknown-key = { $what } has no parameter '{ $key }'; its parameters: { $known }
spec-unknown-optimizer = unknown optimizer '{ $name }'; known optimizers: { $known }
spec-not-momentum-form = momentum_form={ $value }: expected torch or ema
spec-refused = { $optimizer }: { $problem }
spec-value-not-finite = { $key } must be a finite number, not { $value }
spec-negative-lr = Invalid learning rate: { $value } (must be ≥ 0)
spec-negative = Invalid { $name } value: { $value } (must be ≥ 0)
spec-beta-outside = Invalid beta parameter at index { $index }: { $value } (must be in [0, 1))
spec-nesterov-needs-momentum = Nesterov momentum requires a momentum and zero dampening
spec-unknown-schedule = unknown schedule '{ $name }'; known schedules: { $known }
spec-not-fraction = { $key }={ $value }: must be between 0 and 1
spec-negative-eta-min = eta_min={ $value }: must be ≥ 0
spec-total-not-after-warmup = total={ $total } must be larger than warmup={ $warmup }

## The network engine
nn-bad-data = bad data set: { $problem }
nn-bad-network = bad network: { $problem }
nn-bad-training = bad training settings: { $problem }
nn-bad-file = bad network file: { $problem }
nn-too-many-layers = at most { $most } hidden layers (got { $count })
nn-width-outside = hidden layers are { $least } to { $most } units wide (got a layer of { $width })
nn-no-inputs-or-outputs = a network needs at least one input and one output
nn-bce-outputs = bce needs exactly one output (two classes)
nn-softmax-outputs = cross-entropy and mse on softmax need two or more outputs
nn-negative-weight-decay = weight decay must be ≥ 0, not { $value }
nn-data-samples = samples must be 4 to 100000, not { $value }
nn-data-noise = noise must be a finite number ≥ 0, not { $value }
nn-data-classes = classes must be 2 to 10, not { $value }
nn-data-scale = scale must be a finite number > 0, not { $value }
nn-data-test-fraction = test fraction must be 0 to 0.9, not { $value }
nn-upside-down-features = upside down needs two features, the data has { $features }
nn-no-newton = newton needs the full Hessian every step: use it on 2-D surfaces
nn-epochs-outside = epochs must be 1 to { $most }, not { $value }
nn-batch-zero = the batch size must be at least 1
nn-batch-norm-small-batch = batch norm needs batches of at least 2 examples
nn-no-training-examples = there are no training examples
nn-features-not-inputs = the data has { $features } features but the network { $inputs } inputs
nn-regression-fit = regression targets need the mse loss and one output
nn-bce-classes = bce separates two classes, this data has { $classes }
nn-classes-outputs = { $classes } classes need { $classes } outputs, the network has { $outputs }
nn-not-a-weight-name = '{ $name }' is not a weight name LAYER.TO.FROM
nn-no-such-weight = this network has no weight { $name }
nn-empty-trajectory = the trajectory is empty
nn-path-too-short = principal directions need a training path that moves along two directions; this one has { $points } recorded points (the start and { $epochs }), which span { $span }: train for more epochs
nn-one-epoch = { $count } epoch
nn-epochs = { $count } epochs
nn-span-none = none
nn-span-one = one

## A saved network's file
saved-not-json = { $reason }
saved-wrong-format = it is not a Losscape network ('format' is '{ $format }')
saved-wrong-version = it is version { $version } of the format; this Losscape reads version { $readable }
saved-std-not-positive = input_normalization.std holds a value ≤ 0
saved-missing-tensor = state_dict has no '{ $name }'
saved-wrong-shape = '{ $name }' is { $rows } × { $columns }; the architecture needs { $needed-rows } × { $needed-columns }
saved-negative-variance = norms.{ $layer }.running_var holds a value < 0
saved-extra-tensor = state_dict holds '{ $name }', which this architecture does not have
saved-unreadable-tensor = '{ $name }': { $reason }
saved-wrong-length = '{ $name }' holds { $count } numbers; the architecture needs { $needed }
saved-tensor-not-finite = '{ $name }' holds a number that is not finite
saved-bad-examples = { $name }: { $problem }
saved-rows-not-targets = { $rows } rows of x but { $targets } targets
saved-row-features = row { $row } of x has { $features } features; the network takes { $inputs }
saved-example-not-finite = a number that is not finite
saved-target-not-class = a target that is not a class from 0 to { $last }
saved-not-a-network = { $path } is not a network Losscape can use: { $problem }
saved-not-written = the network could not be written as JSON: { $error }

## Surfaces
surface-unknown = unknown surface '{ $name }'; known surfaces: { $known } (or expr:<formula in x and y>)
surface-param-twice = parameter '{ $key }' is given twice
surface-unknown-param-none = surface '{ $surface }' has no parameter '{ $key }' (it has no parameters)
surface-unknown-param = surface '{ $surface }' has no parameter '{ $key }'; its parameters: { $known }
surface-param-outside = parameter '{ $key }' = { $value } is out of range: it must be between { $min } and { $max }

## Runs, races and maps
run-start-not-finite = the start point ({ $x }, { $y }) is not finite
run-too-many-steps = { $steps } steps is more than the limit of { $limit }
run-bad-noise = noise level { $value } must be a finite number ≥ 0
run-batch-zero = batch size must be at least 1
run-bad-clip = clip norm { $value } must be a finite number > 0
run-bad-tolerance = tolerance { $value } must be a finite number ≥ 0
run-race-empty = a race needs at least one optimizer
run-too-many-racers = { $racers } racers is more than the limit of { $limit }
run-undefined-at-start = f or its gradient is not defined at the start ({ $x }, { $y })
run-basin-grid-outside = a { $n }×{ $n } grid is outside the limits: 1 to { $most } cells per side
run-basin-work-outside = { $cells } cells × { $steps } steps is more than the limit of { $limit } steps in all
run-bad-lr-range = the learning-rate range must be 0 < low < high

## Why a run diverged
diverged-singular = Newton's step solves (H + δ·I)·d = g, and H + δ·I is singular here (δ = { $damping }): the surface has no curvature along some direction. Give Newton a damping δ > 0
diverged-zero-eps = eps = 0, and the gradient is 0 along a coordinate, so the update divides 0 by 0 there. Give eps a positive value (PyTorch's default is 1e-8)
diverged-gradient-not-a-number = the gradient the update used (after noise and clipping) is not a number
diverged-overflow = the update overflowed: at learning rate { $lr } the step is beyond the largest number (about 1.8e308)
diverged-far-away = the point ({ $x }, { $y }) is far outside the domain
diverged-not-finite = the loss or its gradient is no longer finite

## Settings of the app (a scenario file, a stored setup)
setting-outside = { $what } { $value } is outside the { $least } to { $most } the app allows
setting-step-budget = the step budget
setting-racer-count = the number of racers
setting-speed = the speed
setting-noise = the noise σ
setting-batch = the batch size
setting-camera-elevation = the camera's elevation
setting-camera-zoom = the camera's zoom
setting-camera-turn = the camera's turn { $value } is not a number
setting-racer-optimizer = racer { $racer }'s optimizer: { $problem }
setting-racer-start = racer { $racer }'s start ({ $x }, { $y }) is not a point
setting-racer-schedule = racer { $racer }: schedule: { $problem }
setting-racer-run = racer { $racer }: { $problem }
setting-schedule = schedule: { $problem }
setting-network = the network: { $problem }
setting-surface = the surface: { $problem }
setting-split-surface = the split view's surface: { $problem }
setting-split-unknown = the split view shows no surface called '{ $name }'
setting-examples = examples
setting-data-noise = noise
setting-weight-decay = weight decay
setting-epochs = epochs
setting-network-batch = batch
setting-hidden-not-whole = hidden widths are whole numbers like 16,16, not "{ $width }"
setting-optimizer = optimizer: { $problem }
network-training-diverged = training diverged (the loss is no longer finite): lower the learning rate
path-no-racer = no such racer
path-cancelled = Cancelled: change a setting to compute this path again.
network-cancelled = cancelled

## Files the app writes
file-is-device = a device
file-is-pipe = a named pipe
file-is-socket = a socket
file-is-folder = a folder
file-is-special = not a regular file
file-special = { $path } is { $kind }: not written
file-read-only = { $path } is read-only: not replaced
file-cannot-write = cannot write { $path }: { $error }
file-not-written = could not write { $path }: { $error }
file-link-unreadable = could not read the link { $path }: { $error }
file-too-many-links = { $path } leads through more than { $most } links
file-not-a-name = { $path } is not a file name
file-not-encoded = could not encode { $path }: { $error }
file-image-size = the image's size does not match its pixels
file-cancelled = cancelled

## Scenario files
scenario-unreadable = not a readable scenario file: { $error }
scenario-no-version = not a scenario file: it has no version
scenario-newer = written by a newer Losscape (format version { $version }); this one reads up to version { $readable }
scenario-cut-short = the scenario is damaged: it is cut short (its last line should be '{ $end }')
scenario-damaged = the scenario is damaged: { $problem }
link-no-setup = not a Losscape link: it carries no setup (its address should end in '#setup=…')
link-damaged = the link is damaged (cut short or mistyped?): { $error }
link-no-lesson = the link names a lesson this Losscape does not have: { $name }
scenario-damaged-at-line = the scenario is damaged at line { $line }: { $problem }
scenario-toml = { $error }
scenario-refused = { $key }: { $problem }
scenario-refused-at-line = { $key } at line { $line }: { $problem }
scenario-in-file = { $path }: { $problem }
scenario-not-written = the setup could not be written as TOML: { $error }
file-not-read = could not read { $path }: { $error }
file-not-downloaded = the browser did not take the download { $path }: { $error }

## The split view
compare-flip-needs-network = flipping a switch of the network needs the network surface
compare-racers-need-zoo = flipping the racers needs a surface of the zoo or a formula
compare-too-costly = { $surface } is too costly to compute beside the main surface
