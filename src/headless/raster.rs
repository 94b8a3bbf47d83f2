//! A small CPU rasterizer for egui's tessellated output: textured, vertex-coloured triangles
//! with premultiplied alpha, clipped to their rectangles. egui anti-aliases by feathering (thin
//! translucent edge triangles), so sampling each pixel at its centre draws what the GPU draws.

use std::collections::HashMap;

use eframe::egui::{
    self, Color32, ColorImage, TextureFilter, TextureId, TexturesDelta,
    epaint::{ClippedPrimitive, ImageData, Primitive, Vertex},
};

/// A texture as the rasterizer samples it.
struct Texture {
    image: ColorImage,
    filter: TextureFilter,
}

/// Keeps egui's textures and paints tessellated frames into images.
#[derive(Default)]
pub struct Rasterizer {
    textures: HashMap<TextureId, Texture>,
}

impl Rasterizer {
    /// Applies the texture changes of one frame (whole images and patches), consuming them.
    pub fn apply(&mut self, delta: &mut TexturesDelta) {
        for (id, changes) in &delta.set {
            for change in changes {
                let ImageData::Color(image) = &change.image;
                match (change.pos, self.textures.get_mut(id)) {
                    (Some([x0, y0]), Some(texture)) => {
                        let width = texture.image.size[0];
                        for y in 0..image.size[1] {
                            for x in 0..image.size[0] {
                                let to = (y0 + y) * width + x0 + x;
                                if let Some(p) = texture.image.pixels.get_mut(to) {
                                    *p = image.pixels[y * image.size[0] + x];
                                }
                            }
                        }
                    }
                    _ => {
                        self.textures.insert(
                            *id,
                            Texture {
                                image: (**image).clone(),
                                filter: change.options.magnification,
                            },
                        );
                    }
                }
            }
        }
        for id in &delta.free {
            self.textures.remove(id);
        }
        delta.clear();
    }

    /// Paints `primitives` (positions in points) over `background` into an image of `size`
    /// pixels.
    pub fn paint(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size: [usize; 2],
        background: Color32,
    ) -> ColorImage {
        let mut canvas = Canvas::new(size, background);
        for clipped in primitives {
            let Primitive::Mesh(mesh) = &clipped.primitive else {
                continue;
            };
            let clip = clipped.clip_rect * pixels_per_point;
            let texture = self.textures.get(&mesh.texture_id);
            for triangle in mesh.indices.chunks_exact(3) {
                let corner = |k: usize| mesh.vertices.get(triangle[k] as usize).copied();
                if let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) {
                    canvas.triangle([a, b, c], pixels_per_point, clip, texture);
                }
            }
        }
        canvas.into_image()
    }
}

/// Premultiplied RGBA in [0, 255], accumulated in floats.
type Rgba = [f32; 4];

fn rgba(c: Color32) -> Rgba {
    [c.r().into(), c.g().into(), c.b().into(), c.a().into()]
}

struct Canvas {
    size: [usize; 2],
    pixels: Vec<Rgba>,
}

impl Canvas {
    fn new(size: [usize; 2], background: Color32) -> Self {
        Self {
            size,
            pixels: vec![rgba(background); size[0] * size[1]],
        }
    }

    fn into_image(self) -> ColorImage {
        let pixels = self
            .pixels
            .iter()
            .map(|p| {
                let c = |v: f32| v.round().clamp(0.0, 255.0) as u8;
                Color32::from_rgba_premultiplied(c(p[0]), c(p[1]), c(p[2]), c(p[3]))
            })
            .collect();
        ColorImage::new(self.size, pixels)
    }

    /// Fills one triangle: pixels whose centres lie inside (top-left rule on shared edges, so
    /// translucent neighbours do not overlap), colour and texture coordinates interpolated.
    fn triangle(
        &mut self,
        mut v: [Vertex; 3],
        scale: f32,
        clip: egui::Rect,
        texture: Option<&Texture>,
    ) {
        let p = |v: &Vertex| [v.pos.x * scale, v.pos.y * scale];
        let mut q = [p(&v[0]), p(&v[1]), p(&v[2])];
        let area = edge(q[0], q[1], q[2]);
        if area == 0.0 || !area.is_finite() {
            return;
        }
        if area < 0.0 {
            q.swap(1, 2);
            v.swap(1, 2);
        }
        let area = area.abs();
        let min_x = q.iter().map(|p| p[0]).fold(f32::INFINITY, f32::min);
        let max_x = q.iter().map(|p| p[0]).fold(f32::NEG_INFINITY, f32::max);
        let min_y = q.iter().map(|p| p[1]).fold(f32::INFINITY, f32::min);
        let max_y = q.iter().map(|p| p[1]).fold(f32::NEG_INFINITY, f32::max);
        let x0 = min_x.max(clip.min.x).max(0.0).floor() as usize;
        let y0 = min_y.max(clip.min.y).max(0.0).floor() as usize;
        let x1 = (max_x.min(clip.max.x).ceil().max(0.0) as usize).min(self.size[0]);
        let y1 = (max_y.min(clip.max.y).ceil().max(0.0) as usize).min(self.size[1]);
        let colors = [rgba(v[0].color), rgba(v[1].color), rgba(v[2].color)];
        let uniform = colors[0] == colors[1] && colors[1] == colors[2];
        let top_left = [
            is_top_left(q[1], q[2]),
            is_top_left(q[2], q[0]),
            is_top_left(q[0], q[1]),
        ];
        for y in y0..y1 {
            let py = y as f32 + 0.5;
            if py < clip.min.y || py >= clip.max.y {
                continue;
            }
            for x in x0..x1 {
                let px = x as f32 + 0.5;
                if px < clip.min.x || px >= clip.max.x {
                    continue;
                }
                let at = [px, py];
                let w = [
                    edge(q[1], q[2], at),
                    edge(q[2], q[0], at),
                    edge(q[0], q[1], at),
                ];
                let inside = w
                    .iter()
                    .zip(top_left)
                    .all(|(&w, tl)| w > 0.0 || (w == 0.0 && tl));
                if !inside {
                    continue;
                }
                let b = [w[0] / area, w[1] / area, w[2] / area];
                let mut color = if uniform {
                    colors[0]
                } else {
                    let mix =
                        |k: usize| b[0] * colors[0][k] + b[1] * colors[1][k] + b[2] * colors[2][k];
                    [mix(0), mix(1), mix(2), mix(3)]
                };
                if let Some(texture) = texture {
                    let u = b[0] * v[0].uv.x + b[1] * v[1].uv.x + b[2] * v[2].uv.x;
                    let t = b[0] * v[0].uv.y + b[1] * v[1].uv.y + b[2] * v[2].uv.y;
                    let texel = texture.sample(u, t);
                    for k in 0..4 {
                        color[k] *= texel[k] / 255.0;
                    }
                }
                let dst = &mut self.pixels[y * self.size[0] + x];
                let keep = 1.0 - color[3] / 255.0;
                for k in 0..4 {
                    dst[k] = color[k] + dst[k] * keep;
                }
            }
        }
    }
}

/// Twice the signed area of (a, b, c): positive when c lies to the right of a→b on screen
/// (y down).
fn edge(a: [f32; 2], b: [f32; 2], c: [f32; 2]) -> f32 {
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

/// Whether the edge a→b of a positively oriented triangle is a top or a left edge.
fn is_top_left(a: [f32; 2], b: [f32; 2]) -> bool {
    (a[1] == b[1] && b[0] < a[0]) || b[1] > a[1]
}

impl Texture {
    /// The texel at normalized coordinates (u, v), clamped to the edge.
    fn sample(&self, u: f32, v: f32) -> Rgba {
        let [w, h] = self.image.size;
        if w == 0 || h == 0 {
            return [255.0; 4];
        }
        let texel = |x: usize, y: usize| rgba(self.image.pixels[y * w + x]);
        let fx = (u * w as f32 - 0.5).clamp(0.0, (w - 1) as f32);
        let fy = (v * h as f32 - 0.5).clamp(0.0, (h - 1) as f32);
        if self.filter == TextureFilter::Nearest {
            return texel(fx.round() as usize, fy.round() as usize);
        }
        let (x, y) = (fx.floor() as usize, fy.floor() as usize);
        let (x1, y1) = ((x + 1).min(w - 1), (y + 1).min(h - 1));
        let (tx, ty) = (fx - x as f32, fy - y as f32);
        let [a, b, c, d] = [texel(x, y), texel(x1, y), texel(x, y1), texel(x1, y1)];
        std::array::from_fn(|k| {
            let top = a[k] + (b[k] - a[k]) * tx;
            let bottom = c[k] + (d[k] - c[k]) * tx;
            top + (bottom - top) * ty
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Pos2, Rect, epaint::Mesh};

    fn white_texture() -> Rasterizer {
        let mut r = Rasterizer::default();
        let mut delta = TexturesDelta::default();
        delta.set.insert(
            TextureId::default(),
            [egui::epaint::ImageDelta::full(
                ColorImage::new([1, 1], vec![Color32::WHITE]),
                egui::TextureOptions::NEAREST,
            )]
            .into_iter()
            .collect(),
        );
        r.apply(&mut delta);
        r
    }

    fn rect_mesh(rect: Rect, color: Color32) -> ClippedPrimitive {
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(rect, color);
        ClippedPrimitive {
            clip_rect: Rect::EVERYTHING,
            primitive: Primitive::Mesh(mesh),
        }
    }

    #[test]
    fn a_rectangle_covers_exactly_its_pixels() {
        let r = white_texture();
        let rect = Rect::from_min_max(Pos2::new(2.0, 1.0), Pos2::new(6.0, 4.0));
        let image = r.paint(
            &[rect_mesh(rect, Color32::RED)],
            1.0,
            [8, 6],
            Color32::WHITE,
        );
        let red = image.pixels.iter().filter(|&&p| p == Color32::RED).count();
        assert_eq!(red, 4 * 3, "no pixel twice or missing along the diagonal");
        assert_eq!(image.pixels[8 + 2], Color32::RED);
        assert_eq!(image.pixels[8 + 1], Color32::WHITE);
        assert_eq!(image.pixels[4 * 8 + 2], Color32::WHITE);
    }

    #[test]
    fn translucent_colour_blends_once_and_clip_and_scale_apply() {
        let r = white_texture();
        let half_black = Color32::from_black_alpha(128);
        let rect = Rect::from_min_max(Pos2::ZERO, Pos2::new(4.0, 4.0));
        let mut clipped = rect_mesh(rect, half_black);
        clipped.clip_rect = Rect::from_min_max(Pos2::ZERO, Pos2::new(2.0, 4.0));
        let image = r.paint(&[clipped], 2.0, [8, 8], Color32::WHITE);
        // Clip (2 points = 4 pixels) at scale 2: the left half is grey, the right stays white.
        let grey = image.pixels[3 * 8 + 3];
        assert_eq!(grey, Color32::from_gray(127));
        assert_eq!(image.pixels[3 * 8 + 4], Color32::WHITE);
    }

    #[test]
    fn textures_are_sampled_and_patched() {
        let mut r = Rasterizer::default();
        let id = TextureId::Managed(7);
        let mut delta = TexturesDelta::default();
        let pixels = vec![Color32::RED, Color32::BLUE];
        delta.set.insert(
            id,
            [egui::epaint::ImageDelta::full(
                ColorImage::new([2, 1], pixels),
                egui::TextureOptions::NEAREST,
            )]
            .into_iter()
            .collect(),
        );
        r.apply(&mut delta);
        let mut mesh = Mesh::with_texture(id);
        let rect = Rect::from_min_max(Pos2::ZERO, Pos2::new(4.0, 2.0));
        let uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
        mesh.add_rect_with_uv(rect, uv, Color32::WHITE);
        let clipped = ClippedPrimitive {
            clip_rect: Rect::EVERYTHING,
            primitive: Primitive::Mesh(mesh),
        };
        let image = r.paint(std::slice::from_ref(&clipped), 1.0, [4, 2], Color32::BLACK);
        assert_eq!(image.pixels[0], Color32::RED);
        assert_eq!(image.pixels[3], Color32::BLUE);
        let mut patch = TexturesDelta::default();
        patch.set.insert(
            id,
            [egui::epaint::ImageDelta::partial(
                [1, 0],
                ColorImage::new([1, 1], vec![Color32::GREEN]),
                egui::TextureOptions::NEAREST,
            )]
            .into_iter()
            .collect(),
        );
        r.apply(&mut patch);
        let image = r.paint(&[clipped], 1.0, [4, 2], Color32::BLACK);
        assert_eq!(image.pixels[3], Color32::GREEN);
    }
}
