//! A trajectory's rows as the app's export and the command line write them: one row per
//! point, with the same columns in CSV and JSON.

use serde::Serialize;

use super::Sample;

/// The columns of a row, as a CSV header.
pub const COLUMNS: &str = "step,x,y,loss,grad_x,grad_y,lr";

/// One point of a trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Row {
    /// Updates made to reach it.
    pub step: u64,
    /// Where, x.
    pub x: f64,
    /// Where, y.
    pub y: f64,
    /// f there.
    pub loss: f64,
    /// ∂f/∂x there.
    pub grad_x: f64,
    /// ∂f/∂y there.
    pub grad_y: f64,
    /// Learning rate of the update that led there.
    pub lr: f64,
}

impl From<&Sample> for Row {
    fn from(s: &Sample) -> Self {
        Self {
            step: s.step,
            x: s.point[0],
            y: s.point[1],
            loss: s.loss,
            grad_x: s.gradient[0],
            grad_y: s.gradient[1],
            lr: s.lr,
        }
    }
}

impl Row {
    /// The row's CSV fields in the order of [`COLUMNS`], numbers written to read back exactly.
    pub fn csv(&self) -> String {
        let Self {
            step,
            x,
            y,
            loss,
            grad_x,
            grad_y,
            lr,
        } = self;
        format!("{step},{x},{y},{loss},{grad_x},{grad_y},{lr}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_json_rows_have_the_columns_of_the_header_in_its_order() {
        let sample = Sample {
            step: 3,
            point: [0.1, -2.5],
            loss: 1e-300,
            gradient: [f64::MIN_POSITIVE, -7.0],
            lr: 0.3,
            effective_lr: [0.0, 0.0],
            update: [0.0, 0.0],
        };
        let row = Row::from(&sample);
        let fields: Vec<f64> = (row.csv().split(',')).map(|f| f.parse().unwrap()).collect();
        assert_eq!(
            fields,
            [3.0, 0.1, -2.5, 1e-300, f64::MIN_POSITIVE, -7.0, 0.3]
        );
        let json = serde_json::to_value(row).unwrap();
        let keys: Vec<&str> = COLUMNS.split(',').collect();
        for (key, value) in keys.iter().zip(&fields) {
            assert_eq!(json[key].as_f64(), Some(*value), "{key}");
        }
        assert_eq!(json.as_object().unwrap().len(), keys.len());
    }
}
