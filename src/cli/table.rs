//! Plain-text tables with aligned columns.

use unicode_width::UnicodeWidthStr;

pub use crate::format::number;

/// Renders rows under a header, each column padded to its widest cell as a terminal shows it
/// (a Chinese character takes two columns).
pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let padded: Vec<String> = cells
            .zip(&widths)
            .map(|(c, &w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.width()))))
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    let mut out = line(&mut header.iter().copied());
    out.push('\n');
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_columns_and_numbers() {
        let t = render(&["a", "bb"], &[vec!["xyz".into(), "1".into()]]);
        assert_eq!(t, "a    bb\nxyz  1\n");
        // Chinese characters take two columns each.
        let t = render(
            &["名", "x"],
            &[
                vec!["鞍点".into(), "1".into()],
                vec!["ab".into(), "2".into()],
            ],
        );
        assert_eq!(t, "名    x\n鞍点  1\nab    2\n");
        assert_eq!(number(Some(1.23456), 3), "1.23");
        assert_eq!(number(Some(1234.5), 3), "1234");
        assert_eq!(number(Some(1e-7), 3), "1.00e-7");
        assert_eq!(number(None, 3), "—");
        assert_eq!(number(Some(-0.0), 3), "0");
    }
}
