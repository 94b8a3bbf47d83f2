# The app's toolbar, menus and help window. Numbers arrive formatted: only words change.

menu-file = File
menu-lessons = Lessons
menu-view = View
menu-language = Language
menu-language-tip = The language of the app and its lessons; remembered for the next launch

toolbar-play = ▶ Play
toolbar-pause = ‖ Pause
toolbar-play-tip = Animate the race: every racer advances in lock-step (Space)
toolbar-back = ◀ Back
toolbar-back-tip = One step back (←)
toolbar-step = Step ▶
toolbar-step-tip = One step forward (→)
toolbar-reset = ⟲ Reset
toolbar-reset-tip = Back to the start points (R)
toolbar-speed = steps / frame
toolbar-speed-tip = Below 1: one step every few frames. Above: many steps per frame.
toolbar-budget = budget
toolbar-budget-tip = Updates computed for every racer. Paths are recomputed at once on any change.
toolbar-step-counter = step { $shown } / { $last }
toolbar-3d = 3-D
toolbar-3d-tip = The surface as a landscape with the same paths on it; drag to orbit (3)
toolbar-critical = Find critical points
toolbar-critical-tip = Newton's method on ∇f = 0 from a 41×41 grid of seeds; classified by the Hessian
toolbar-hyper-map = Hyper-parameter map
toolbar-hyper-map-tip = Steps to arrive over (learning rate, momentum or β₁) for the selected racer; drag its point to choose
toolbar-network = Network
toolbar-network-tip = Train a small neural network on a toy data set and watch its decision boundary and curves
toolbar-presentation = Presentation
toolbar-presentation-tip = Large fonts and minimal chrome for a projector (F)
toolbar-help-tip = Keyboard and mouse shortcuts, and the lecture's terms (?)
job-cancel = Cancel

view-log-scale = Log colour scale
view-log-scale-tip = Colours by log(f − min): shows detail near the minima
view-contours = Contour lines
view-contours-tip = Lines of equal loss
view-equal-aspect = Equal aspect
view-equal-aspect-tip = Same scale on both axes: circles look round
view-curvature-map = Curvature map
view-curvature-map-tip = Red where the Hessian is indefinite (a saddle-like region), purple where it curves down in every direction, clear where the surface is convex
view-basins = Basins of the selected racer
view-basins-tip = Colours every start by the minimum the selected racer reaches from it (64×64 starts, computed in the background); dark where it diverges
view-critical-points = Critical points
view-critical-points-tip = Documented and found minima (●), maxima (▲), saddles (✚) and degenerate points (■)
view-arrows = Gradient / momentum / update arrows
view-arrows-tip = At each racer's head: the plain gradient step, the momentum part, and their sum, the actual update
view-effective-step = Per-parameter step size
view-effective-step-tip = At each racer's head: the learning rate each coordinate actually gets (AdaGrad, RMSProp, Adam divide by √v); the bars' ratio shows how the method rescales a ravine
view-eigen-cross = Hessian eigenvector cross
view-eigen-cross-tip = At the cursor and each racer's head: the Hessian's eigenvectors, scaled by |λ|; blue positive, red negative curvature

help-title = Keyboard, mouse and terms
help-play = play / pause
help-forward = one step forward
help-back = one step back
help-reset = reset to the start points
help-presentation = presentation mode
help-3d = 2-D map / 3-D landscape
help-lessons = previous / next lesson, in presentation mode
help-files = save / open a scenario (⌘ on a Mac)
help-this-window = this window
help-escape = close the dialog or this window; leave presentation mode
help-drag-start-key = drag a start point
help-drag-start = move it; every path follows live
help-click-key = click the surface
help-click = put the selected racer's start there
help-drag-key = drag elsewhere
help-drag = pan the map; turn the 3-D landscape
help-wheel-key = wheel
help-wheel = zoom in and out
help-double-click-key = double-click
help-double-click = back to the whole surface / the default angle
help-glossary = The lecture's terms
help-glossary-tip = The lecture's terms as on its English slides and in its two Chinese scripts; the Chinese lessons show the English beside a term the first time it appears

menu-lessons-tip = Each lecture topic set up in one click, with its claim measured
file-open = Open scenario…
file-open-tip = Replace the whole setup with a saved one
file-save = Save scenario…
file-save-tip = Surface, racers, noise, toggles and view, as a readable text file
file-export-png = Export PNG…
file-export-png-tip = The surface view with every path, at a chosen size, for slides
file-export-gif = Export GIF…
file-export-gif-tip = The race animated from the start to the last step, with a step counter
file-export-trajectories = Export trajectories…
file-export-trajectories-tip = Every racer's path step by step, as CSV or JSON
file-export-window = Export window PNG…
file-export-window-tip = The whole window exactly as shown — the Network window, the maps, a lesson — at the screen's resolution
export-step = step { $step }

lesson-of = Lesson { $number } of { $count }
lesson-close = Close
lesson-next = Next ▶
lesson-next-tip = The next lesson (→ in presentation mode)
lesson-previous = ◀ Previous
lesson-previous-tip = The previous lesson (← in presentation mode)
lesson-measuring = Measuring the claim…
lesson-holds = ✓ { $claim }
lesson-does-not-hold = ✗ does not hold: { $claim }
lesson-control-fails = Control: { $control } — the claim fails there, as it should
lesson-control-holds = Control: { $control } — ✗ the claim holds there too
lesson-control-tip = Each lesson is also measured on a changed setup where its claim must come out false: a claim that cannot fail would teach nothing.
lesson-not-measured = Not measured: { $reason }

racers-heading = Racers
racers-add = + Add
racers-add-tip = Add a racer (a copy of the selected one)
racers-full = At most { $most } racers race at once
racers-diverged = {"  "}✕ diverged at { $step }
racers-computing = {"  "}· computing…
racers-not-running = {"  "}⚠ not running
racer-optimizer = optimizer
racer-optimizer-tip = The update rule, as in torch.optim
racer-duplicate = Duplicate
racer-remove = Remove
racer-schedule = schedule
racer-schedule-tip = constant, step:step_size=100,gamma=0.5, exponential:gamma=0.99, cosine:t_max=1000, warmup-cosine:warmup=100,total=1000, inverse-sqrt:warmup=100
racer-clip = clip gradient norm
racer-clip-tip = Scale the gradient down to this norm when it is longer: tames cliffs
racer-clip-to = to
racer-start = start
racer-start-tip = Where this racer starts; or drag its ○ on the surface
racer-computing-path = Computing the path…

param-lr-tip = Learning rate η: the step size. Plain gradient descent is stable for η < 2/λmax.
param-momentum-tip = Momentum μ: the step keeps μ times the previous step and adds the new gradient.
param-dampening-tip = Dampening τ: the new gradient enters the momentum buffer scaled by (1 − τ).
param-nesterov-tip = Nesterov: look ahead along the momentum before taking the gradient step.
param-weight_decay-tip = Weight decay λ: adds λ·θ to the gradient (AdamW: shrinks θ directly).
param-lr_decay-tip = Adagrad's learning-rate decay: η / (1 + (t − 1)·decay).
param-initial_accumulator_value-tip = Adagrad's starting sum of squared gradients.
param-eps-tip = ε added to the denominator so it never divides by zero.
param-alpha-tip = RMSprop's smoothing α: the running average keeps α of its old value each step.
param-centered-tip = Centered RMSprop: divides by the gradient's estimated standard deviation.
param-beta1-tip = β₁: how much of the running mean of gradients (momentum) is kept each step.
param-beta2-tip = β₂: how much of the running mean of squared gradients is kept each step.
param-amsgrad-tip = AMSGrad: use the largest second moment seen so far, so steps never grow back.
param-momentum_decay-tip = NAdam's momentum decay ψ: how fast μₜ warms up.
param-damping-tip = Newton's damping δ: solve (H + δI)·d = ∇f; larger δ is closer to gradient descent.
param-momentum_form-tip = torch: b ← μb + g. ema: b ← μb + (1 − μ)g, as some courses write it.
param-eps_inside-tip = TensorFlow's RMSprop puts ε inside the square root; PyTorch adds it after.
param-bias_correction-tip = Adam divides its running means by (1 − βᵗ) so early steps are not too small.
param-root_mean_square-tip = The lecture's AdaGrad: divide by the root mean square of all past gradients, √(G/t). PyTorch divides by √G, which is the same rule with η shrunk by 1/√t.

noise-heading = Mini-batch noise
noise-sigma = noise σ
noise-sigma-tip = Every gradient gets Gaussian noise of size σ/√B, as a mini-batch would give
noise-batch = batch B
noise-batch-tip = Larger batches average more samples: less noise
noise-seed = seed
noise-seed-tip = Every racer sees the same noise sequence, so races are fair

probe-heading = Hessian probe
probe-at-cursor = ({ $x }, { $y }) — at the cursor
probe-at-racer = ({ $x }, { $y }) — at the selected racer
probe-at-centre = ({ $x }, { $y }) — at the centre
probe-undefined = Not defined here (as ln or sqrt of a negative number): no gradient, no curvature, and a racer cannot start here.
probe-value = The loss here.
probe-gradient-zero = Almost zero: a critical point. The Hessian tells which kind.
probe-gradient = Gradient descent steps against this arrow.
probe-eigenvalues = Curvature along the two principal directions (the Hessian's eigenvalues).
probe-kind = kind
probe-kind-minimum = minimum
probe-kind-minimum-tip = Curves up in every direction: a minimum if ∇f = 0 here.
probe-kind-maximum = maximum
probe-kind-maximum-tip = Curves down in every direction: a maximum if ∇f = 0 here.
probe-kind-saddle = saddle
probe-kind-saddle-tip = Up one way, down the other: a saddle. The negative eigenvector is an escape route.
probe-kind-degenerate = degenerate
probe-kind-degenerate-tip = A zero eigenvalue: the second-order test is inconclusive here.
probe-kind-none = —
probe-kind-none-tip = Not differentiable here.
probe-condition = Condition number |λ|max/|λ|min: large means a long thin valley where one step size cannot fit both directions.
probe-stable-rate = Plain gradient descent with a learning rate above this diverges near here.

leaderboard-heading = Leaderboard
leaderboard-arrived-value = arrived: f ≤ f* + 1e-6 (f* = { $best })
leaderboard-arrived-gradient = arrived: ‖∇f‖ ≤ 1e-6
leaderboard-racer = racer
leaderboard-steps = steps
leaderboard-best = best f
leaderboard-final = final f
leaderboard-diverged = diverged

surface-heading = Surface
surface-custom = Custom formula
surface-custom-menu = Custom formula f(x, y)
surface-network-tip = The network of the Network window (its settings), trained, sliced along its Hessian's two top eigenvectors
surface-pick-tip = Pick a surface from the loss zoo, or type your own formula
surface-formula-tip = In x and y: + − * / ^, numbers like 1e-3, pi and e, and the functions { $functions }. -x^2 means −(x²); 2^3^2 = 512. Press Enter to apply.
surface-apply = Apply formula
surface-batch-norm = batch norm
surface-batch-norm-tip = Retrain with BatchNorm after each hidden layer and show the new surface
surface-normalize = normalize inputs
surface-normalize-tip = Retrain on features scaled to mean 0, variance 1 and show the new surface
surface-loss = loss
surface-loss-ce = cross-entropy
surface-loss-ce-tip = Softmax cross-entropy: retrain and show the new surface
surface-loss-mse = MSE
surface-loss-mse-tip = Squared error on the softmax: retrain and show the new surface
surface-training = Training the network
surface-stop = Stop
surface-stop-tip = Stop training; the surface stays as it is
surface-settings-changed = The Network window's settings changed since this network trained.
surface-not-trained = The network has not been trained with these settings yet.
surface-train = Train and show
surface-train-tip = Train with the Network window's settings and show the surface
family-bowls = Bowls & ravines
family-saddles = Saddles
family-many-minima = Many minima
family-plateaus = Plateaus & cliffs
family-lecture = Lecture surfaces
family-networks = Small networks

curve-loss-minimum = log₁₀(f − f*)  vs step
curve-loss-best = log₁₀(f − best f)  vs step
curve-loss-tip = How far each racer is above the minimum, on a log scale: a straight falling line is linear convergence
curve-gradient = log₁₀ ‖∇f‖  vs step
curve-gradient-tip = The gradient's length: large while the loss stalls means zig-zagging across a ravine; tiny while the loss is high means a plateau
curve-rate = learning rate: effective, scheduled (dashed)
curve-rate-tip = Solid: the step size each update really used, averaged over the coordinates (for adaptive methods lr / √v). Dashed: the schedule's lr. On a log₁₀ axis when the largest is over 1,000 times the usual size.
curve-stability = stability η·λmax  (> 2: unstable)
curve-stability-tip = The step size times the steepest curvature where the step was taken. Above 2, plain gradient descent overshoots and the oscillation grows. On a log₁₀ axis when the largest is over 1,000 times the usual size (values at or below zero then lie at the bottom).

step-heading = Step by step
step-at-start = At the start: no update yet. Press → to take the first step and see it written out.
step-update = update { $update } of { $optimizer }
step-effective-rate = effective learning rate per coordinate: { $rates }

network-data = data
network-data-tip = A toy two-feature classification set, or regression: noisy points of y = sin(1.5·x), fitted with the mse loss
network-examples = examples
network-examples-tip = Train and test together; a quarter is held out for testing
network-noise = noise
network-noise-tip = How far points scatter from their class's shape
network-augment = augment
network-augment-tip = More training examples made from the ones there are. jitter: four copies of each, moved a little (a moved point keeps its class); upside-down: a copy of each mirrored top to bottom, class kept — sensible only where the classes look the same upside down; half-turn: a copy of each turned half round about the origin, which makes the training set exactly symmetric
network-hidden = hidden
network-hidden-tip = Width of each hidden layer, comma-separated: 16,16 is two layers of 16
network-activation = activation
network-init = init
network-init-tip = How the parameters start. torch: weights and biases uniform in ±1/√fan-in, as nn.Linear; zero-output: every bias and the output layer's weights zero, so the network starts with the same output for every example
network-loss = loss
network-loss-tip = ce: softmax cross-entropy; mse: squared error on the raw outputs; mse-softmax: squared error on the softmax; bce: one sigmoid output
network-batch-norm-tip = BatchNorm after each hidden linear layer (torch's BatchNorm1d)
network-normalize-tip = Scale each feature to mean 0 and variance 1 before the network
network-weight-decay = weight decay
network-weight-decay-tip = λ of the L2 penalty (λ/2)·‖W‖² on the weights: a constraint that keeps them small, against overfitting; too large and the model can no longer fit
network-optimizer-tip = As for the racers, e.g. adam:lr=0.01 or sgd:lr=0.1,momentum=0.9
network-epochs = epochs
network-batch = batch
network-batch-tip = Examples per mini-batch
network-seed-tip = Seed of the data, the first weights and the batches
network-stop-tip = Stop after this epoch
network-train = Train
network-train-tip = Train a fresh network with these settings
network-press-train = Press Train to train a network on the data; its decision boundary (or fitted curve) and its training and test curves appear here as it learns.
network-epoch = epoch { $epoch }: training loss { $train }, test loss { $test }
network-epoch-accuracy = epoch { $epoch }: training loss { $train }, test loss { $test }; accuracy { $train_accuracy } train, { $test_accuracy } test
network-epoch-axis = epoch
network-train-loss = train loss
network-test-loss = test loss
network-accuracy = accuracy
network-train-accuracy = train accuracy
network-test-accuracy = test accuracy
network-boundary = decision boundary
network-train-set = train
network-test-set = test
network-computing-spectrum = Computing the Hessian's eigenvalues…
network-spectrum-full = Hessian at the trained weights, P = { $parameters }: { $positive } positive, { $negative } negative and { $zero } zero eigenvalues, minimum ratio { $minimum_ratio }; condition number κ = { $condition }; leading ratio λ₁/λ₂ = { $leading }.
network-spectrum-full-before = Hessian at the trained weights, P = { $parameters }: { $positive } positive, { $negative } negative and { $zero } zero eigenvalues, minimum ratio { $minimum_ratio }; condition number κ = { $condition }; leading ratio λ₁/λ₂ = { $leading } (the network trained before: { $before }).
network-spectrum-extremes = Hessian at the trained weights, P = { $parameters } (too many to form it, at most { $most }): the { $extremes } smallest and largest eigenvalues by Lanczos; leading ratio λ₁/λ₂ = { $leading }.
network-spectrum-extremes-before = Hessian at the trained weights, P = { $parameters } (too many to form it, at most { $most }): the { $extremes } smallest and largest eigenvalues by Lanczos; leading ratio λ₁/λ₂ = { $leading } (the network trained before: { $before }).
network-spectrum-tip =
    The minimum ratio, as in the lecture, is the number of positive eigenvalues over all of them: 1 at a minimum without flat directions. After training it is below 1: most directions curve up, many are flat (zero), a few still curve down — negative eigenvalues mean a saddle point, not a local minimum.

    κ = |λ|max/|λ|min over the non-zero eigenvalues is huge for any trained network: many directions are almost flat. The leading ratio λ₁/λ₂ compares the two steepest directions — the condition number of the plane the network surface shows. Batch norm and input normalization shrink it: retrain with them on and compare.
network-spectrum-axis = eigenvalue λ (signed log scale; grey: zero)
network-spectrum-count = count
network-eigenvalues = eigenvalues

dialog-save = Save scenario
dialog-open = Open scenario
dialog-export-png = Export the view as PNG
dialog-export-gif = Export the race as an animated GIF
dialog-export-trajectories = Export trajectories
dialog-export-window = Export the window as PNG
dialog-verb-open = Open
dialog-verb-save = Save
dialog-verb-export = Export
dialog-verb-replace = Replace
dialog-path = Path
dialog-size = Size
dialog-frames = Frames
dialog-frames-tip = Frames spread evenly over the race, 80 ms each
dialog-replace-read-only = Replace it anyway (it stays read-only)
dialog-replaces-saving = ⚠ { $name } exists: saving replaces it.
dialog-replaces-exporting = ⚠ { $name } exists: exporting replaces it.
dialog-read-only = ⚠ { $name } is read-only.
dialog-empty = Type the path of a file.
dialog-folder-open = This is a folder: pick a scenario below or type its name.
dialog-folder = This is a folder: add a file name.
dialog-missing = There is no file called { $name } here.
dialog-no-folder = The folder { $folder } does not exist.
dialog-not-written = Not written: { $reason }
dialog-no-scenarios = No scenario files (.toml) in this folder.
dialog-scenarios = Scenarios in this folder, newest first:

job-lesson = Measuring the claim
job-critical = Searching for critical points
job-png = Drawing the PNG
job-gif = Drawing the GIF
job-window = Saving the window
job-paths = Computing the paths
job-grid = Refining the surface
job-basins = Mapping basins
job-hyper = Mapping hyper-parameters
notice-saved = Saved the scenario to { $path }.
notice-not-saved = Not saved: { $reason }
notice-opened = Opened { $path }.
notice-not-opened = Not opened, the setup is unchanged: { $reason }
notice-exported-view = Exported the view to { $path }.
notice-exported-gif = Exported { $frames } frames to { $path }.
notice-exported-trajectories = Exported the trajectories to { $path }.
notice-exported-window = Exported the window ({ $width } × { $height } px) to { $path }.
notice-not-exported = Not exported: { $reason }
notice-no-window-picture = Not exported: the graphics backend sent no picture of the window.
notice-not-split = The view was not split: { $reason }
notice-lesson-not-set-up = Lesson '{ $name }' could not be set up: { $reason }
notice-too-many-racers = At most { $most } racers race at once.
notice-hyper-cancelled = Hyper-parameter map cancelled.
notice-no-hyper-map = No hyper-parameter map: { $reason }
notice-no-basins = No basin map: { $reason }
notice-critical-cancelled = Critical-point search cancelled: { $found } points found so far are shown.
notice-setup-unreadable = The saved setup could not be read ({ $reason }); starting from the defaults.
notice-setup-unreadable-json = { $error }
notice-lessons-unreadable = The lessons could not be read: { $reason }
notice-surface-unbuildable = The saved surface could not be built ({ $reason }); showing the default.
notice-network-cannot-train = The network cannot train: { $reason }
notice-dismiss = Dismiss

maps-expensive = Off on this surface: each evaluation is a pass over a network's training data, and a map needs millions of them.
hyper-no-racer = Add a racer first.
hyper-computing = Computing…
hyper-about = { $optimizer } from ({ $x }, { $y }): steps to arrive. Bright = fast, grey = never within the budget, dark red = diverged. Drag the ○ to choose the racer's setting.
hyper-axis = log₁₀ learning rate
hyper-at-pointer = At the pointer: { $cell }
hyper-hover = Hover the map to read a cell's numbers.
hyper-cell-diverges = lr { $lr }, { $key } { $value } → diverges
hyper-cell-one-step = lr { $lr }, { $key } { $value } → arrives in 1 step
hyper-cell-arrives = lr { $lr }, { $key } { $value } → arrives in { $steps } steps
hyper-cell-never = lr { $lr }, { $key } { $value } → not within { $budget } steps

compare-menu = Split view: compare with…
compare-menu-tip = Show a second surface beside this one, with the same racers from the same starts, animated in step
compare-close = ✕ Close
compare-close-split = Close the split view
compare-not-shown = Not shown: { $reason }
compare-racers-constant = These racers at a constant learning rate
compare-racers-no-noise = These racers without gradient noise
compare-racers-tip = This surface again, the racers set the other way, beside it
compare-flip-batch-norm = This network, batch norm flipped
compare-flip-inputs = This network, input normalization flipped
compare-flip-full-batch = This network, trained with the full batch
compare-flip-tip = The same network trained with the switch the other way, beside this one
compare-batch-norm-on = batch norm on
compare-batch-norm-off = batch norm off
compare-inputs-normalized = inputs normalized
compare-inputs-raw = inputs raw
compare-full-batch = full batch
compare-batch = batch { $size }
compare-schedule = schedule { $schedule }
compare-constant-rate = constant learning rate
compare-noise = noise σ = { $noise }, B = { $batch }
compare-no-noise = no noise
compare-training = Training the network, { $switch }
compare-pane-title = { $switch }: { $surface }
surface-network = The Network window's trained network
surface-network-note = The network the Network window trains, around the weights training found, along the two directions in which its loss curves most. Batch norm, input normalization and the loss reshape it: compare κ before and after a toggle. The centre is where training stopped, not exactly a minimum.
lesson-figure-caption = { $title }: { $y } against { $x }
surface-kappa = κ = { $kappa } at the centre
surface-kappa-before = κ = { $kappa } at the centre; before ({ $change }): κ = { $before }
surface-kappa-tip = Condition number of the slice's Hessian at the trained weights: λ₁/λ₂ of the network's two largest curvatures. Large κ: a narrow ravine that one learning rate crosses badly.
surface-change-loss = loss { $loss }
surface-change-other = other settings
list-separator = {", "}
axis-weights-x = x  (w1)
axis-weights-y = y  (w2)
axis-logits-x = x  (logit y₁)
axis-logits-y = y  (logit y₂)
axis-weight-and-bias-x = x  (weight w)
axis-weight-and-bias-y = y  (bias b)
axis-random-directions-x = x  (along d₁)
axis-random-directions-y = y  (along d₂)
axis-top-eigenvectors-x = x  (along v₁)
axis-top-eigenvectors-y = y  (along v₂)
surface-network-formula = training loss at θ* + x·v₁ + y·v₂, v₁, v₂ the Hessian's top eigenvectors (λ = { $large }, { $small }; κ = { $kappa }) · { $network }

# Why a formula does not parse.

formula-error = bad formula: { $problem } at position { $position }
formula-too-long = the formula is too long ({ $length } characters; at most { $most })
formula-unexpected-character = unexpected character '{ $character }'
formula-not-a-number = '{ $literal }' is not a number
formula-number-too-large = the number { $literal } is too large
formula-empty = the formula is empty
formula-unmatched-close = ')' without a matching '('
formula-expected-operator = expected an operator (+ - * / ^) before { $token }
formula-expected-operator-product = expected an operator (+ - * / ^) before { $token } (write * for a product, e.g. 2*x)
formula-too-deep = the formula is nested too deeply (more than { $levels } levels)
formula-ends-early = the formula ends where a number, x, y, a function or '(' should follow
formula-expected-operand = expected a number, x, y, a function or '(' but found { $token }
formula-missing-close = missing ')' for the '(' at position { $open }: found { $token }
formula-missing-close-at-end = missing ')' for the '(' at position { $open }: the formula ends
formula-function-needs-call = '{ $name }' is a function: write { $name }(...)
formula-unknown-name = unknown name '{ $name }': the variables are x and y, the constants pi and e
formula-arity-one = '{ $name }' takes 1 argument, not { $given }
formula-arity = '{ $name }' takes { $count } arguments, not { $given }
formula-unknown-function = unknown function '{ $name }'; known functions: { $functions }
