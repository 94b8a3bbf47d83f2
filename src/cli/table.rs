//! Plain-text tables with aligned columns.

use unicode_width::UnicodeWidthStr;

pub use crate::format::number;

/// Renders rows under a header, each column padded to its widest cell as a terminal shows it
/// (a Chinese character takes two columns).
pub fn render(header: &[impl AsRef<str>], rows: &[Vec<String>]) -> String {
    let mut all = vec![header.iter().map(|h| h.as_ref().to_owned()).collect()];
    all.extend(rows.iter().cloned());
    aligned(&all)
}

/// Renders rows, each column padded to its widest cell as a terminal shows it.
pub fn aligned(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in rows {
        let padded: Vec<String> = (row.iter().zip(&widths))
            .map(|(c, &w)| format!("{c}{}", " ".repeat(w.saturating_sub(c.width()))))
            .collect();
        out.push_str(padded.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// Renders labelled values, indented by two spaces: `  label   value`.
pub fn labelled(rows: &[(String, String)]) -> String {
    let rows: Vec<Vec<String>> = (rows.iter())
        .map(|(label, value)| vec![format!("  {label}"), value.clone()])
        .collect();
    aligned(&rows)
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
        let t = labelled(&[("值".into(), "1".into()), ("value".into(), "2".into())]);
        assert_eq!(t, "  值     1\n  value  2\n");
        assert_eq!(number(Some(1.23456), 3), "1.23");
        assert_eq!(number(Some(1234.5), 3), "1234");
        assert_eq!(number(Some(1e-7), 3), "1.00e-7");
        assert_eq!(number(None, 3), "—");
        assert_eq!(number(Some(-0.0), 3), "0");
    }
}
