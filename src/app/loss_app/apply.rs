//! Applying the commands a frame collected: every change to the setup goes through here.

use eframe::egui;

use super::*;
use std::path::{Path, PathBuf};

impl LossApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        let state = &mut self.state;
        match command {
            Command::SelectSurface(shown) => {
                let mut choice = state.surface.clone();
                // The same zoo surface keeps its parameters.
                if choice.zoo_name().is_none() || choice.zoo_name() != shown.zoo_name() {
                    choice.shown = shown;
                }
                self.change_surface(choice, ctx);
            }
            Command::SetSurfaceParam(key, value) => {
                let mut choice = state.surface.clone();
                if let ShownSurface::Zoo { params, .. } = &mut choice.shown {
                    params.retain(|(k, _)| *k != key);
                    params.push((key, value));
                    self.change_surface(choice, ctx);
                }
            }
            Command::SetFormula(text) => {
                let choice = SurfaceChoice::new(ShownSurface::Formula, &text);
                self.change_surface(choice, ctx);
            }
            Command::UpdateRacer(i, racer) => {
                if let Some(slot) = state.racers.get_mut(i) {
                    *slot = racer;
                    self.recompute_paths(Some(i), ctx);
                }
            }
            Command::AddRacer => {
                let base = state
                    .racers
                    .get(state.selected)
                    .cloned()
                    .unwrap_or_default();
                self.push_racer(base, ctx);
            }
            Command::DuplicateRacer(i) => {
                if let Some(racer) = state.racers.get(i).cloned() {
                    self.push_racer(racer, ctx);
                }
            }
            Command::RemoveRacer(i) => {
                if i < state.racers.len() {
                    state.racers.remove(i);
                    state.selected = state.selected.min(state.racers.len().saturating_sub(1));
                    self.recompute_paths(None, ctx);
                }
            }
            Command::SelectRacer(i) => state.selected = i.min(state.racers.len().saturating_sub(1)),
            Command::MoveStart(i, p) => {
                if let Some(r) = state.racers.get_mut(i)
                    && p.iter().all(|v| v.is_finite())
                {
                    r.start = p;
                    self.recompute_paths(Some(i), ctx);
                }
            }
            Command::SetNoise { noise, batch, seed } => {
                state.noise = noise.max(0.0);
                state.batch = batch.max(1);
                state.seed = seed;
                self.recompute_paths(None, ctx);
            }
            Command::SetSteps(steps) => {
                state.steps = steps.clamp(1, 200_000);
                self.recompute_paths(None, ctx);
            }
            Command::SetView(view) => {
                let rescale = view.log_scale != state.view.log_scale;
                state.view = view;
                if rescale {
                    self.scene.rescale(self.state.view.log_scale);
                    if let Some(pane) = &mut self.compare {
                        pane.rescale(self.state.view.log_scale);
                    }
                }
            }
            Command::SetCompare(name) => self.set_compare(name, ctx),
            Command::TogglePlay => {
                if !self.clock.playing && self.clock.shown >= self.scene.last_step() as f64 {
                    self.clock.shown = 0.0;
                }
                self.clock.playing = !self.clock.playing;
            }
            Command::Step => {
                self.clock.playing = false;
                self.clock.shown =
                    (self.clock.shown.floor() + 1.0).min(self.scene.last_step() as f64);
            }
            Command::StepBack => {
                self.clock.playing = false;
                self.clock.shown = (self.clock.shown.ceil() - 1.0).max(0.0);
            }
            Command::Reset => self.clock = Clock::default(),
            Command::SetSpeed(speed) => state.speed = speed.clamp(0.05, 10_000.0),
            Command::FindCriticalPoints => self.critical.start(&self.scene.surface, ctx),
            Command::CancelJob => self.cancel_jobs(),
            Command::StopTraining => self.network.stop(),
            Command::ReshapeNetwork(settings) => {
                self.state.network = settings;
                let choice = SurfaceChoice {
                    shown: ShownSurface::TrainedNetwork,
                    ..self.state.surface.clone()
                };
                self.change_surface(choice, ctx);
            }
            Command::TogglePresentation => state.presentation = !state.presentation,
            Command::ToggleHelp => self.show_help = !self.show_help,
            Command::SetLanguage(language) => self.set_language(language, ctx),
            Command::ToggleHyperMap => self.hyper_map.open = !self.hyper_map.open,
            Command::ToggleNetwork => self.network_window.open = !self.network_window.open,
            Command::Toggle3d => state.view.three_d = !state.view.three_d,
            Command::OpenLesson(i) => self.open_lesson(i, ctx),
            Command::CloseLesson => self.lesson = None,
            Command::ToggleShare => self.share.open = !self.share.open,
            Command::OpenLink(link) => self.open_link(&link, ctx),
            #[cfg(target_arch = "wasm32")]
            Command::ShowFileDialog(action) => match action.download() {
                Some(download) => self.apply(download, ctx),
                None => {
                    let extension = action.listed_extension().unwrap_or_default();
                    self.picker.pick(action, &format!(".{extension}"), ctx);
                }
            },
            #[cfg(not(target_arch = "wasm32"))]
            Command::ShowFileDialog(action) => {
                let home = std::env::var_os("HOME").map_or_else(|| ".".into(), PathBuf::from);
                let path = self.recent_paths.suggestion(action, &home);
                self.file_dialog = Some(FileDialog::new(action, &path));
            }
            Command::CloseFileDialog => self.file_dialog = None,
            Command::SaveScenario(to) => {
                match save_scenario(&self.state, &to) {
                    Ok(()) => {
                        self.recent_paths
                            .remember(FileAction::SaveScenario, &to.named);
                        let done = Message::new("notice-saved").arg("path", to.named.display());
                        self.report_done(done, ctx);
                    }
                    Err(e) => {
                        self.notice = Some(Message::new("notice-not-saved").part("reason", e))
                    }
                }
                self.file_dialog = None;
            }
            Command::OpenScenario(path) => {
                let read = open_scenario(&path);
                self.opened_scenario(&path, read, ctx);
            }
            Command::ExportPng(to, size) => {
                self.recent_paths.remember(FileAction::ExportPng, &to.named);
                let (state, shown) = (self.state.clone(), self.clock.shown);
                (self.exporter).png(state, shown, self.language, size, to, ctx);
                self.file_dialog = None;
            }
            Command::ExportGif(to, size, frames) => {
                self.recent_paths.remember(FileAction::ExportGif, &to.named);
                let state = self.state.clone();
                (self.exporter).gif(state, self.language, size, frames, to, ctx);
                self.file_dialog = None;
            }
            Command::ExportWindow(to) => {
                self.recent_paths
                    .remember(FileAction::ExportWindow, &to.named);
                self.exporter.window(to, ctx);
                self.file_dialog = None;
            }
            Command::ExportNetwork(to) => {
                let written = match self.network.saved() {
                    Some(saved) => (saved.to_json().map_err(|e| e.message()))
                        .and_then(|text| to.write(text.as_bytes())),
                    None => Err(Message::new("notice-no-network")),
                };
                match written {
                    Ok(()) => {
                        self.recent_paths
                            .remember(FileAction::ExportNetwork, &to.named);
                        let done =
                            Message::new("notice-exported-network").arg("path", to.named.display());
                        self.report_done(done, ctx);
                    }
                    Err(e) => {
                        self.notice = Some(Message::new("notice-not-exported").part("reason", e));
                    }
                }
                self.file_dialog = None;
            }
            Command::OpenNetwork(path) => {
                let read = SavedNetwork::read(&path);
                self.opened_network(&path, read, ctx);
            }
            Command::OpenText { action, name, text } => {
                let path = PathBuf::from(name);
                if action == FileAction::OpenNetwork {
                    self.opened_network(&path, SavedNetwork::in_file(&path, &text), ctx);
                } else {
                    self.opened_scenario(&path, scenario_in_file(&path, &text), ctx);
                }
            }
            Command::ExportTrajectories(to) => {
                let json = (to.named.extension()).is_some_and(|e| e.eq_ignore_ascii_case("json"));
                let text = trajectories(&self.state, &self.scene, json);
                match to.write(text.as_bytes()) {
                    Ok(()) => {
                        self.recent_paths
                            .remember(FileAction::ExportTrajectories, &to.named);
                        let done = Message::new("notice-exported-trajectories")
                            .arg("path", to.named.display());
                        self.report_done(done, ctx);
                    }
                    Err(e) => {
                        self.notice = Some(Message::new("notice-not-exported").part("reason", e));
                    }
                }
                self.file_dialog = None;
            }
        }
    }

    /// Replaces the whole setup, if its surface builds (or, for the Network window's network,
    /// can train); otherwise nothing changes.
    fn install(&mut self, state: AppState, ctx: &egui::Context) -> Result<(), Message> {
        let (surface, untrained) = surface_now(&state);
        let surface = surface?;
        if untrained {
            state.network.build()?;
        }
        self.state = state;
        self.lesson = None;
        // The split is rebuilt after the surface, once: a pane of this surface with the
        // racers flipped would otherwise be built twice.
        self.compare = None;
        self.show_surface(surface, ctx);
        self.set_compare(self.state.compare.clone(), ctx);
        if untrained {
            self.train_network_surface(ctx);
        }
        Ok(())
    }

    /// Splits the view with `view` beside the main surface (or closes the split); what
    /// cannot be shown there is refused with a message and the view stays.
    fn set_compare(&mut self, view: Option<SplitView>, ctx: &egui::Context) {
        let Some(view) = view else {
            self.compare = None;
            self.state.compare = None;
            return;
        };
        match ComparePane::new(&view, &self.state, ctx) {
            Ok(pane) => {
                self.compare = Some(pane);
                self.state.compare = Some(view);
            }
            Err(e) => self.notice = Some(Message::new("notice-not-split").part("reason", e)),
        }
    }

    /// Sets up lesson `index` (surface, racers, budget, noise, overlays; a network lesson's
    /// network, trained in the background with the Network window open) and starts measuring
    /// its claim.
    fn open_lesson(&mut self, index: usize, ctx: &egui::Context) {
        let Some(lesson) = self.lessons.get(index).cloned() else {
            return;
        };
        let state = self.state.for_lesson(&lesson.setup);
        match self.install(state, ctx) {
            Ok(()) => self.show_lesson(index, lesson, ctx),
            Err(e) => {
                let notice = Message::new("notice-lesson-not-set-up")
                    .arg("name", &lesson.name)
                    .part("reason", e);
                self.notice = Some(notice);
            }
        }
    }

    /// Installs the setup read from `path`, or says why it was not.
    fn opened_scenario(
        &mut self,
        path: &Path,
        read: Result<AppState, Message>,
        ctx: &egui::Context,
    ) {
        match read.and_then(|state| self.install(state, ctx)) {
            Ok(()) => {
                self.recent_paths.remember(FileAction::OpenScenario, path);
                let done = Message::new("notice-opened").arg("path", path.display());
                self.report_done(done, ctx);
                self.file_dialog = None;
            }
            Err(e) => self.notice = Some(Message::new("notice-not-opened").part("reason", e)),
        }
    }

    /// Shows the network read from `path` in the Network window, or says why it was not.
    fn opened_network(
        &mut self,
        path: &Path,
        read: Result<SavedNetwork, Message>,
        ctx: &egui::Context,
    ) {
        match read {
            Ok(saved) => {
                self.network.open(saved, path, ctx);
                self.network_window.open = true;
                self.recent_paths.remember(FileAction::OpenNetwork, path);
                let done = Message::new("notice-opened-network").arg("path", path.display());
                self.report_done(done, ctx);
                self.file_dialog = None;
            }
            Err(e) => {
                self.notice = Some(Message::new("notice-network-not-opened").part("reason", e));
            }
        }
    }

    /// Shows lesson `index`'s card over the setup installed for it.
    fn show_lesson(&mut self, index: usize, lesson: Lesson, ctx: &egui::Context) {
        // A network lesson's window shows its network; other lessons close it.
        self.network_window.open = lesson.setup.network.is_some();
        self.network_window.below_lesson = self.network_window.open;
        self.lesson = Some(OpenLesson::open(index, lesson, ctx));
    }

    /// Installs a share link's setup, with its lesson's card when it names one; what is wrong
    /// with the link is a notice, and the setup stays.
    pub fn open_link(&mut self, link: &str, ctx: &egui::Context) {
        let opened = read_link(link).and_then(|shared| {
            let lesson = match &shared.lesson {
                Some(name) => {
                    let found = self.lessons.iter().position(|l| l.name == *name);
                    let i =
                        found.ok_or_else(|| Message::new("link-no-lesson").arg("name", name))?;
                    Some((i, self.lessons[i].clone()))
                }
                None => None,
            };
            self.install(shared.setup, ctx)?;
            Ok(lesson)
        });
        match opened {
            Ok(lesson) => {
                if let Some((index, lesson)) = lesson {
                    self.show_lesson(index, lesson, ctx);
                }
                self.share.opened();
                self.report_done(Message::new("notice-link-opened"), ctx);
            }
            Err(e) => self.notice = Some(Message::new("notice-link-not-opened").part("reason", e)),
        }
    }

    /// Appends a copy of `racer` with the next colour, selects it and computes its path.
    fn push_racer(&mut self, racer: RacerSettings, ctx: &egui::Context) {
        let index = self.state.racers.len();
        if index >= MAX_RACERS {
            self.notice = Some(Message::new("notice-too-many-racers").arg("most", MAX_RACERS));
            return;
        }
        self.state.racers.push(RacerSettings {
            color: RACER_COLORS[index % RACER_COLORS.len()],
            ..racer
        });
        self.state.selected = index;
        self.recompute_paths(Some(index), ctx);
    }

    /// Builds and shows a new surface choice; a choice that does not build is refused with a
    /// message and the current surface stays. The Network window's network, when not trained
    /// yet, is trained in the background first (its surface follows, see `poll_jobs`).
    pub(super) fn change_surface(&mut self, choice: SurfaceChoice, ctx: &egui::Context) {
        if choice.is_network() && kept(&self.state.network).is_none() {
            match self.state.network.build() {
                Ok(_) => {
                    self.state.surface = choice;
                    self.surface_error = None;
                    self.train_network_surface(ctx);
                }
                Err(e) => {
                    let problem =
                        Message::new("notice-network-cannot-train").part("reason", e.message());
                    self.surface_error = Some(problem);
                }
            }
            return;
        }
        match choice.build(&self.state.network) {
            Ok(surface) => {
                if surface.domain() != self.scene.surface.domain() {
                    let start = surface.info().starts[0];
                    for r in &mut self.state.racers {
                        r.start = start;
                    }
                }
                self.state.surface = choice;
                self.show_surface(surface, ctx);
            }
            Err(e) => {
                if choice.is_formula() {
                    self.state.surface.formula = choice.formula;
                }
                self.surface_error = Some(e);
            }
        }
    }

    /// Shows a built surface of the current setup: coarse grid now, fine grid and paths as
    /// they come; the animation restarts.
    fn show_surface(&mut self, surface: Surface, ctx: &egui::Context) {
        let network = (surface.name() == NETWORK_SURFACE)
            .then(|| kept(&self.state.network))
            .flatten();
        let settings = |n: &Option<Arc<NetworkSurface>>| n.as_ref().map(|n| n.settings.clone());
        if network.is_some()
            && self.shown_network.is_some()
            && settings(&network) != settings(&self.shown_network)
        {
            self.previous_network = self.shown_network.take();
        }
        self.shown_network = network;
        self.surface_error = None;
        let start = self.state.racers.first().map_or([0.0, 0.0], |r| r.start);
        self.paths.time_surface(&surface, start);
        self.scene.set_surface(surface, self.state.view.log_scale);
        self.clock = Clock::default();
        self.critical.stop();
        self.recompute_paths(None, ctx);
        self.refine_grid(ctx);
        // A pane of this surface with the racers flipped follows it.
        if self
            .compare
            .as_ref()
            .is_some_and(|pane| pane.racers.is_some())
        {
            self.set_compare(self.state.compare.clone(), ctx);
        }
    }
}
