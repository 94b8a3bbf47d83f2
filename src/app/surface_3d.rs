//! The orbitable 3-D view: the surface as a shaded height field (heights on the same colour
//! scale as the map) with the racers' trails lying on it. Drag to orbit, scroll to zoom,
//! double-click to look from the default angle again.

use std::sync::Arc;

use eframe::egui::{self, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, epaint};

use super::colors::{racer_color, surface_color};
use super::command::Command;
use super::loss_app::LossApp;
use super::surface_view::{head_label, shown_head, shown_trail};
use crate::grid::{Grid, Scaling};
use crate::scenario::{Camera, PITCH_RANGE, ZOOM_RANGE};
use crate::surface::Domain;

/// Vertices per side of the drawn height field (the grid is sampled down to this).
const MESH_SIDE: usize = 96;
/// Height of the box the surface fills, relative to its width of 2.
const BOX_HEIGHT: f32 = 1.0;
/// Trails float this far above the surface so it does not cover them.
const LIFT: f32 = 0.012;

/// Orthographic camera orbiting the box [−1, 1]² × [−½, ½]·BOX_HEIGHT.
struct Projection {
    sin_yaw: f32,
    cos_yaw: f32,
    sin_pitch: f32,
    cos_pitch: f32,
    scale: f32,
    center: Pos2,
}

impl Projection {
    fn new(camera: &Camera, rect: Rect) -> Self {
        Self {
            sin_yaw: camera.yaw.sin(),
            cos_yaw: camera.yaw.cos(),
            sin_pitch: camera.pitch.sin(),
            cos_pitch: camera.pitch.cos(),
            scale: 0.36 * rect.width().min(rect.height()) * camera.zoom,
            center: rect.center(),
        }
    }

    /// Screen position and depth (larger is farther) of a model point.
    fn project(&self, [x, y, z]: [f32; 3]) -> (Pos2, f32) {
        let across = x * self.cos_yaw - y * self.sin_yaw;
        let into = x * self.sin_yaw + y * self.cos_yaw;
        let up = z * self.cos_pitch + into * self.sin_pitch;
        let depth = into * self.cos_pitch - z * self.sin_pitch;
        let at = self.center + egui::vec2(across, -up) * self.scale;
        (at, depth)
    }
}

/// Maps surface coordinates and values into the model box: heights on a linear scale (the
/// real shape), colours on the map's scale.
struct Model<'a> {
    domain: Domain,
    heights: &'a Scaling,
    colors: &'a Scaling,
}

impl Model<'_> {
    fn point(&self, p: [f64; 2], value: f64) -> [f32; 3] {
        let [w, h] = self.domain.size();
        let x = 2.0 * (p[0] - self.domain.x[0]) / w - 1.0;
        let y = 2.0 * (p[1] - self.domain.y[0]) / h - 1.0;
        [x as f32, y as f32, self.height(value)]
    }

    /// Height in the box: the value's place on the colour scale (undefined values at the top).
    fn height(&self, value: f64) -> f32 {
        let t = self.heights.unit(value).unwrap_or(1.0) as f32;
        (t - 0.5) * BOX_HEIGHT
    }
}

/// Draws the 3-D view and turns orbit and zoom gestures into commands.
pub fn surface_3d_ui(ui: &mut egui::Ui, app: &mut LossApp) -> Vec<Command> {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    app.hover = None;
    let mut view = app.state.view.clone();
    if response.dragged() {
        let delta = response.drag_delta();
        view.camera.yaw += delta.x * 0.01;
        view.camera.pitch =
            (view.camera.pitch + delta.y * 0.01).clamp(*PITCH_RANGE.start(), *PITCH_RANGE.end());
    }
    if response.hovered() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        view.camera.zoom = (view.camera.zoom * (scroll * 0.003).exp())
            .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
    }
    if response.double_clicked() {
        view.camera = Camera::default();
    }
    let painter = ui.painter_at(rect);
    if rect.width() < 8.0 || rect.height() < 8.0 {
        return Vec::new();
    }
    let projection = Projection::new(&view.camera, rect);
    let scene = &app.scene;
    let model = Model {
        domain: scene.surface.domain(),
        heights: &scene.heights,
        colors: &scene.scaling,
    };
    draw_floor(&painter, &projection);
    // The mesh is rebuilt only when the surface, its colours, the camera or the view's size
    // changed: orbiting rebuilds it, a playing race does not.
    let key = format!("{}|{:?}|{rect:?}", scene.grid_version, view.camera);
    let mesh = match &app.surface_mesh {
        Some((k, mesh)) if *k == key => Arc::clone(mesh),
        _ => {
            let mesh = Arc::new(surface_mesh(&scene.grid, &model, &projection));
            app.surface_mesh = Some((key, Arc::clone(&mesh)));
            mesh
        }
    };
    painter.add(Shape::Mesh(mesh));
    draw_axis_titles(
        &painter,
        &projection,
        model.domain,
        scene.surface.info().axes.titles_in(app.language),
    );
    let shown = app.clock.shown;
    let mut label_spots: Vec<Pos2> = Vec::new();
    for (racer, run) in app.state.racers.iter().zip(&scene.runs) {
        let Some(run) = run.run() else { continue };
        let color = racer_color(racer.color);
        let on_surface = |p: [f64; 2], value: f64| {
            let [x, y, z] = model.point(p, value);
            projection.project([x, y, z + LIFT]).0
        };
        let mut points: Vec<Pos2> = Vec::new();
        for s in shown_trail(run, shown) {
            if !model.domain.contains(s.point, 0.0) || !s.loss.is_finite() {
                break;
            }
            let at = on_surface(s.point, s.loss);
            // Points closer than a pixel to the last one add nothing but cost.
            if points.last().is_none_or(|q| q.distance(at) >= 0.75) {
                points.push(at);
            }
        }
        let start = racer.start;
        if model.domain.contains(start, 0.0) {
            let at = on_surface(start, scene.surface.value(start));
            painter.circle_stroke(at, 6.0, Stroke::new(2.0, color));
        }
        let Some(&tip) = points.last() else { continue };
        painter.add(Shape::line(points, Stroke::new(2.5, color)));
        painter.circle_filled(tip, 5.5, color);
        let (label, _) = head_label(run, shown, shown_head(run, shown), app.language);
        let stacked = label_spots
            .iter()
            .filter(|q| q.distance(tip) < 18.0)
            .count();
        label_spots.push(tip);
        painter.text(
            tip + egui::vec2(10.0, 4.0 + 18.0 * stacked as f32),
            egui::Align2::LEFT_TOP,
            label,
            FontId::proportional(15.0),
            color,
        );
    }
    if response.hovered() {
        painter.text(
            rect.left_top() + egui::vec2(8.0, 6.0),
            egui::Align2::LEFT_TOP,
            "drag: orbit · scroll: zoom · double-click: reset",
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
    }
    if view != app.state.view {
        vec![Command::SetView(view)]
    } else {
        Vec::new()
    }
}

/// Where a point of the floor (x, y in [−1, 1]) is drawn.
fn on_floor(projection: &Projection, c: [f32; 2]) -> Pos2 {
    projection.project([c[0], c[1], -0.5 * BOX_HEIGHT]).0
}

/// The floor square under the surface.
fn draw_floor(painter: &egui::Painter, projection: &Projection) {
    let corners = [[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]];
    let stroke = Stroke::new(1.0, Color32::from_gray(150));
    for k in 0..4 {
        let ends = [corners[k], corners[(k + 1) % 4]].map(|c| on_floor(projection, c));
        painter.line_segment(ends, stroke);
    }
}

/// The axis titles and ranges beside the floor, drawn over the surface so that it never hides
/// them.
fn draw_axis_titles(
    painter: &egui::Painter,
    projection: &Projection,
    d: Domain,
    axes: [String; 2],
) {
    let font = FontId::proportional(14.0);
    let ink = Color32::from_gray(70);
    let titles = [
        (
            [0.0, -1.12],
            format!("{}  {} … {}", axes[0], d.x[0], d.x[1]),
        ),
        ([1.12, 0.0], format!("{}  {} … {}", axes[1], d.y[0], d.y[1])),
    ];
    for (at, title) in titles {
        let at = on_floor(projection, at);
        painter.text(at, egui::Align2::CENTER_CENTER, title, font.clone(), ink);
    }
}

/// The height field as one mesh, quads painted back to front, shaded by a fixed light so that
/// relief reads even where the colour barely changes.
fn surface_mesh(grid: &Grid, model: &Model<'_>, projection: &Projection) -> Mesh {
    let stride = grid.nx.div_ceil(MESH_SIDE).max(1);
    let cols: Vec<usize> = (0..grid.nx).step_by(stride).collect();
    let rows: Vec<usize> = (0..grid.ny).step_by(stride).collect();
    let (nc, nr) = (cols.len(), rows.len());
    let mut model_points = Vec::with_capacity(nc * nr);
    let mut units = Vec::with_capacity(nc * nr);
    for &j in &rows {
        for &i in &cols {
            let value = grid.values[j * grid.nx + i];
            model_points.push(model.point(grid.center(i, j), value));
            units.push(model.colors.unit(value));
        }
    }
    let light = normalize([-0.45, -0.55, 0.7]);
    let mut mesh = Mesh::default();
    let mut depths = Vec::with_capacity(nc * nr);
    for r in 0..nr {
        for c in 0..nc {
            let k = r * nc + c;
            let (at, depth) = projection.project(model_points[k]);
            depths.push(depth);
            let z = |rr: usize, cc: usize| model_points[rr * nc + cc][2];
            let (c0, c1) = (c.saturating_sub(1), (c + 1).min(nc - 1));
            let (r0, r1) = (r.saturating_sub(1), (r + 1).min(nr - 1));
            let dx = (model_points[r * nc + c1][0] - model_points[r * nc + c0][0]).max(1e-6);
            let dy = (model_points[r1 * nc + c][1] - model_points[r0 * nc + c][1]).max(1e-6);
            let normal = normalize([
                -(z(r, c1) - z(r, c0)) / dx,
                -(z(r1, c) - z(r0, c)) / dy,
                1.0,
            ]);
            let shade = 0.72 + 0.28 * dot(normal, light).max(0.0);
            let base = units[k].map_or(Color32::from_gray(225), surface_color);
            let lit = |v: u8| (f32::from(v) * shade).round() as u8;
            mesh.vertices.push(epaint::Vertex {
                pos: at,
                uv: epaint::WHITE_UV,
                color: Color32::from_rgb(lit(base.r()), lit(base.g()), lit(base.b())),
            });
        }
    }
    let mut quads: Vec<(f32, u32)> = Vec::with_capacity(nc * nr);
    for r in 0..nr.saturating_sub(1) {
        for c in 0..nc.saturating_sub(1) {
            let k = r * nc + c;
            let depth = depths[k] + depths[k + 1] + depths[k + nc] + depths[k + nc + 1];
            quads.push((depth, k as u32));
        }
    }
    quads.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
    let nc = nc as u32;
    for (_, k) in quads {
        let [a, b, c, d] = [k, k + 1, k + nc, k + nc + 1];
        mesh.indices.extend_from_slice(&[a, b, d, a, d, c]);
    }
    mesh
}

fn normalize(v: [f32; 3]) -> [f32; 3] {
    let n = dot(v, v).sqrt().max(1e-12);
    [v[0] / n, v[1] / n, v[2] / n]
}

fn dot(a: [f32; 3], b: [f32; 3]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_above_the_projection_is_the_map_and_depth_follows_height() {
        let camera = Camera {
            yaw: 0.0,
            pitch: std::f32::consts::FRAC_PI_2,
            zoom: 1.0,
        };
        let rect = Rect::from_min_size(Pos2::ZERO, egui::vec2(200.0, 200.0));
        let p = Projection::new(&camera, rect);
        let (right, _) = p.project([1.0, 0.0, 0.0]);
        let (up, _) = p.project([0.0, 1.0, 0.0]);
        assert!((right.x - (100.0 + 72.0)).abs() < 1e-3 && (right.y - 100.0).abs() < 1e-3);
        assert!((up.y - (100.0 - 72.0)).abs() < 1e-3 && (up.x - 100.0).abs() < 1e-3);
        let (_, high) = p.project([0.0, 0.0, 0.5]);
        let (_, low) = p.project([0.0, 0.0, -0.5]);
        assert!(high < low, "from above, higher points are nearer");
    }
}
