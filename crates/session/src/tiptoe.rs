//! The clinic's tiptoe test as a clinician reads it off the pressure trace.

use calf_pump_model::protocol::{fall_pct, RT90_CAP_S};

/// Resting pressure, the pressure reached over the last raises, and how long
/// after stopping the pressure takes to recover 90 % of its fall.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TiptoeReading {
    pub started_s: f64,
    pub rest_mmhg: f64,
    /// When the tenth raise ended.
    pub stopped_s: Option<f64>,
    /// Mean ankle pressure over the last three raises (mmHg).
    pub active_mmhg: Option<f64>,
    /// When the pressure had recovered 90 % of its fall.
    pub refilled_s: Option<f64>,
}

impl TiptoeReading {
    pub fn fall_pct(&self) -> Option<f64> {
        self.active_mmhg.map(|a| fall_pct(self.rest_mmhg, a))
    }
    pub fn refill_time_s(&self) -> Option<f64> {
        Some(self.refilled_s? - self.stopped_s?)
    }
    /// Stops waiting for a refill after the clinical cap.
    pub fn gave_up(&self, now_s: f64) -> bool {
        self.refilled_s.is_none() && self.stopped_s.is_some_and(|t| now_s - t > RT90_CAP_S)
    }
}
