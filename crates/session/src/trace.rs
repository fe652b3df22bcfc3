//! The charts' history: one sample every 50 ms of simulated time, the last
//! 60 s kept. Each sample keeps the instant's ankle pressure (what the chart
//! draws) and the mean of every model step since the previous sample (what
//! every average is made of, [`calf_pump_model::StepMean`]), so a mean over
//! whole samples is exactly the protocol's mean over whole steps.

use calf_pump_model::StepMean;
use std::collections::VecDeque;

/// Charts show one sample every 50 ms of simulated time.
pub const SAMPLE_INTERVAL_S: f64 = 0.05;
/// The trace keeps the last 60 s: the longest any chart shows.
pub const WINDOW_S: f64 = 60.0;
/// Venous return swings from thousands of mL/min mid-squeeze to reflux
/// between squeezes; the chart shows its running mean over one second, what
/// actually returns to the heart.
pub const VENOUS_RETURN_AVERAGE_S: f64 = 1.0;

const SAMPLES_IN_WINDOW: usize = (WINDOW_S / SAMPLE_INTERVAL_S) as usize + 1;
const SAMPLES_IN_AVERAGE: usize = (VENOUS_RETURN_AVERAGE_S / SAMPLE_INTERVAL_S) as usize;

/// One point on the charts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub time_s: f64,
    /// Ankle pressure at the sample time (mmHg): what the chart draws.
    pub ankle_pressure_mmhg: f64,
    /// Venous return averaged over the last second (mL/min): what the chart draws.
    pub venous_return_ml_min: f64,
    /// Mean ankle pressure over the model steps since the previous sample (mmHg).
    pub step_mean_ankle_pressure_mmhg: f64,
    /// Mean venous return over the model steps since the previous sample (mL/min).
    pub step_mean_venous_return_ml_min: f64,
    /// Fluid in the ankle tissue at the sample time (mL).
    pub swelling_ml: f64,
}

/// The last [`WINDOW_S`] seconds of samples, oldest first.
#[derive(Clone, Debug)]
pub struct Trace {
    samples: VecDeque<Sample>,
}

impl Default for Trace {
    fn default() -> Self {
        Self {
            samples: VecDeque::with_capacity(SAMPLES_IN_WINDOW + 1),
        }
    }
}

/// How many whole samples make `window_s` (at least one).
fn samples_in(window_s: f64) -> usize {
    ((window_s / SAMPLE_INTERVAL_S).round() as usize).max(1)
}

impl Trace {
    /// A sample at `time_s`: the instant's ankle pressure and swelling, and
    /// the step means of pressure and flow over the interval it closes.
    pub(crate) fn push(
        &mut self,
        time_s: f64,
        (ankle_now_mmhg, swelling_ml): (f64, f64),
        pressure: StepMean,
        flow: StepMean,
    ) {
        let mean_pressure = pressure.mean().unwrap_or(ankle_now_mmhg);
        let mean_flow = flow.mean().unwrap_or(0.0);
        let recent = self.samples.iter().rev().take(SAMPLES_IN_AVERAGE - 1);
        let (sum, n) = recent.fold((mean_flow, 1), |(s, n), x| {
            (s + x.step_mean_venous_return_ml_min, n + 1)
        });
        if self.samples.len() == SAMPLES_IN_WINDOW {
            self.samples.pop_front();
        }
        self.samples.push_back(Sample {
            time_s,
            ankle_pressure_mmhg: ankle_now_mmhg,
            venous_return_ml_min: sum / n as f64,
            step_mean_ankle_pressure_mmhg: mean_pressure,
            step_mean_venous_return_ml_min: mean_flow,
            swelling_ml,
        });
    }

    pub fn samples(&self) -> impl ExactSizeIterator<Item = &Sample> + DoubleEndedIterator + Clone {
        self.samples.iter()
    }

    /// The samples from `time_s` on, found by bisection: a chart showing 30 s
    /// of a 60-s trace skips the older half without walking it every frame.
    pub fn samples_since(&self, time_s: f64) -> impl Iterator<Item = &Sample> + Clone {
        let start = self.samples.partition_point(|s| s.time_s < time_s);
        self.samples.range(start..)
    }

    pub fn latest(&self) -> Option<&Sample> {
        self.samples.back()
    }

    pub fn len(&self) -> usize {
        self.samples.len()
    }

    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// Mean ankle pressure (mmHg) and venous return (mL/min) over the model
    /// steps of the last `window_s` (or all there is): the protocol's mean.
    pub fn mean_over(&self, window_s: f64) -> Option<(f64, f64)> {
        mean_of(self.samples.iter().rev().take(samples_in(window_s)))
    }

    /// How fast the swelling changed over the last `window_s` (mL/min;
    /// positive is building): over whole calf cycles, so a walking leg's
    /// reading does not flip between "building" and "going down" with each
    /// squeeze, as the instant's rate does. None with fewer than two samples.
    pub fn swelling_rate_over(&self, window_s: f64) -> Option<f64> {
        let mut recent = self.samples.iter().rev().take(samples_in(window_s) + 1);
        let last = recent.next()?;
        let first = recent.last()?;
        let minutes = (last.time_s - first.time_s) / 60.0;
        (minutes > 0.0).then(|| (last.swelling_ml - first.swelling_ml) / minutes)
    }

    /// Seconds after `start_s` until the mean ankle pressure over
    /// `window_s` first came within 10 % of the way from `before` to
    /// `after` (None if it never did).
    pub fn time_to_settle_s(
        &self,
        start_s: f64,
        window_s: f64,
        before_mmhg: f64,
        after_mmhg: f64,
    ) -> Option<f64> {
        let tolerance = (0.1 * (after_mmhg - before_mmhg).abs()).max(1.0);
        let n = samples_in(window_s);
        let start = self.samples.partition_point(|s| s.time_s < start_s);
        (start + n..=self.samples.len()).find_map(|end| {
            let (p, _) = mean_of(self.samples.range(end - n..end))?;
            ((p - after_mmhg).abs() <= tolerance).then(|| self.samples[end - 1].time_s - start_s)
        })
    }

    /// The trace as CSV under `header`, oldest first. Numbers keep the
    /// decimal point in every language, so any spreadsheet or script reads them.
    pub fn to_csv(&self, header: &str) -> String {
        let mut out = format!("{header}\n");
        for s in &self.samples {
            out.push_str(&format!(
                "{},{},{}\n",
                calf_pump_words::fixed(s.time_s, 2),
                calf_pump_words::fixed(s.ankle_pressure_mmhg, 2),
                calf_pump_words::fixed(s.venous_return_ml_min, 1)
            ));
        }
        out
    }
}

/// The mean of samples' step means: each covers the same number of steps.
fn mean_of<'a>(samples: impl Iterator<Item = &'a Sample>) -> Option<(f64, f64)> {
    let (p, q, n) = samples.fold((0.0, 0.0, 0usize), |(p, q, n), s| {
        (
            p + s.step_mean_ankle_pressure_mmhg,
            q + s.step_mean_venous_return_ml_min,
            n + 1,
        )
    });
    (n > 0).then(|| (p / n as f64, q / n as f64))
}
