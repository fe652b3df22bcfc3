//! A whole day of activities, fast enough to recompute while the reader
//! edits it: ankle pressure over the day, the hours it spends high, and the
//! ankle swelling by evening.
//!
//! Stepping 86,400 s at 4 ms is 21.6 million steps, far too slow for a
//! browser. Physiology allows a shortcut: a minute into an activity the leg
//! repeats the same calf cycle, while swelling changes over tens of minutes
//! (its time constant is about an hour, see [`crate::tissue`]). So each change
//! of activity is simulated exactly, step by step, for its first
//! [`TRANSITION_S`]; after that the leg's settled calf cycle stands for the
//! rest of the block; and swelling is integrated over minutes with the
//! cycle-averaged filtration and lymph flow. Transitions and settled cycles
//! are cached per activity, leg and stockings, so an edited day costs only
//! the transitions it has not seen. [`exact_day`] steps the whole day at
//! 4 ms instead; the tests hold the two together.

mod help;
mod plan;

pub use help::{suggestions, Help, Suggestion};
pub use plan::{
    edit, DayBlock, DayPlan, Edit, Preset, DAY_ACTIVITIES, DAY_MIN, DAY_STARTS_MIN, MAX_BLOCKS,
    MIN_BLOCK_MIN,
};

use crate::tissue::Tissue;
use crate::{Activity, LegCondition, Simulation, Stockings, DEFAULT_TIME_STEP_S};
use std::collections::HashMap;

/// Ankle vein pressure the day counts as high (mmHg): the top of a healthy
/// leg's range while walking (band B3: 20–35 mmHg; Stick et al. 1992, 30.4
/// at 6 km/h). Above it, the calf pump is not keeping the pressure down:
/// standing or sitting still, or a leg whose pump fails. (Nicolaides' 50
/// mmHg is a threshold for ambulatory pressure, not for posture: band D6.)
pub const HIGH_ANKLE_PRESSURE_MMHG: f64 = 35.0;

/// A typical adult lower leg's volume, knee to ankle (mL): about 2–3 L by
/// water displacement; the evening swelling is told as a share of it, as
/// studies of occupational leg swelling report it (Partsch et al. 2004,
/// Dermatol Surg 30:737–743: +1–3 % over a working day). A round figure.
pub const LOWER_LEG_VOLUME_ML: f64 = 2500.0;

/// Seconds after each change of activity that are simulated step by step.
/// By then the veins have refilled or emptied (healthy refill takes 20–40 s,
/// band B5 of the clinical reference) and exercise hyperemia has mostly
/// risen (12 s); the slower hyperemia fade after exercise changes pressure
/// little once the veins are full.
pub const TRANSITION_S: f64 = 60.0;

/// Pressures are kept every this many simulation steps (40 ms at 4 ms): fine
/// enough for a calf cycle of about a second.
const SAMPLE_EVERY_STEPS: usize = 10;

/// A settled cycle is recorded over whole calf cycles lasting at least this
/// long (s), so the average does not hang on where a sample falls.
const SETTLED_RECORD_S: f64 = 2.0;

/// Swelling is integrated in steps of at most this long (s), fourth-order
/// Runge–Kutta: far below the swelling's hour-long time constant.
const SWELLING_STEP_S: f64 = 60.0;

/// What the leg starts the day from: a night lying down.
const NIGHT: Activity = Activity::Lying;

/// What a day does to the ankle.
#[derive(Clone, Debug, PartialEq)]
pub struct DayOutcome {
    /// Ankle swelling at the end of the day (mL of fluid in the tissue).
    pub evening_swelling_ml: f64,
    /// Hours with ankle vein pressure above [`HIGH_ANKLE_PRESSURE_MMHG`].
    pub high_pressure_hours: f64,
    /// Mean ankle vein pressure in each minute of the day (mmHg).
    pub ankle_pressure_by_minute_mmhg: Vec<f64>,
    /// Ankle swelling at the end of each minute of the day (mL).
    pub swelling_by_minute_ml: Vec<f64>,
}

/// Ankle pressures over a stretch of time, with what filtration needs.
#[derive(Clone, Debug)]
struct Stretch {
    /// Ankle vein pressure (mmHg) and blood reaching the skin (mL/s), one
    /// sample every `sample_s`.
    samples: Vec<(f64, f64)>,
    sample_s: f64,
    /// Whether the calf pumps (which speeds lymph).
    calf_pumping: bool,
    /// The stocking's pressure on the ankle (mmHg).
    stocking_mmhg: f64,
    /// How the leg's small vessels handle fluid.
    tissue: Tissue,
}

impl Stretch {
    /// Net swelling rate (mL/s) averaged over the stretch, at `swelling_ml`.
    fn swelling_rate_ml_s(&self, swelling_ml: f64, samples: &[(f64, f64)]) -> f64 {
        let total: f64 = samples
            .iter()
            .map(|&(ankle, skin)| {
                let filtered =
                    self.tissue
                        .filtration_ml_s(ankle, skin, swelling_ml, self.stocking_mmhg);
                filtered
                    - self
                        .tissue
                        .lymph_ml_s(swelling_ml, self.calf_pumping, filtered)
            })
            .sum();
        total / samples.len().max(1) as f64
    }

    fn high_fraction(&self, samples: &[(f64, f64)]) -> f64 {
        let high = samples
            .iter()
            .filter(|(p, _)| *p > HIGH_ANKLE_PRESSURE_MMHG)
            .count();
        high as f64 / samples.len().max(1) as f64
    }

    fn mean_pressure_mmhg(samples: &[(f64, f64)]) -> f64 {
        samples.iter().map(|(p, _)| p).sum::<f64>() / samples.len().max(1) as f64
    }
}

/// Swelling after `duration_s` of `stretch` (its `samples` averaged), from
/// `swelling_ml`: Runge–Kutta over steps of at most [`SWELLING_STEP_S`].
fn integrate_swelling(
    stretch: &Stretch,
    samples: &[(f64, f64)],
    mut swelling_ml: f64,
    duration_s: f64,
) -> f64 {
    let steps = (duration_s / SWELLING_STEP_S).ceil().max(1.0);
    let h = duration_s / steps;
    let rate = |s: f64| stretch.swelling_rate_ml_s(s.max(0.0), samples);
    for _ in 0..steps as u64 {
        let k1 = rate(swelling_ml);
        let k2 = rate(swelling_ml + 0.5 * h * k1);
        let k3 = rate(swelling_ml + 0.5 * h * k2);
        let k4 = rate(swelling_ml + h * k3);
        swelling_ml = (swelling_ml + h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4)).max(0.0);
    }
    swelling_ml
}

type LegKey = (Activity, LegCondition, Stockings);

/// The fast day model, with its caches: keep one and reuse it as the reader
/// edits the day.
#[derive(Default)]
pub struct DayModel {
    /// A leg that has done each activity for [`TRANSITION_S`] or more.
    settled_legs: HashMap<LegKey, Simulation>,
    /// Each settled cycle.
    settled: HashMap<LegKey, Stretch>,
    /// Each change of activity's first [`TRANSITION_S`].
    transitions: HashMap<(LegKey, LegKey), Stretch>,
}

/// Runs `sim` for `duration_s`, keeping every [`SAMPLE_EVERY_STEPS`]th
/// step's ankle pressure and skin inflow.
fn record(sim: &mut Simulation, duration_s: f64) -> Vec<(f64, f64)> {
    let steps = (duration_s / DEFAULT_TIME_STEP_S).round() as usize;
    let mut samples = Vec::with_capacity(steps / SAMPLE_EVERY_STEPS + 1);
    for i in 0..steps {
        sim.step(DEFAULT_TIME_STEP_S);
        if i % SAMPLE_EVERY_STEPS == SAMPLE_EVERY_STEPS - 1 {
            let s = sim.state();
            samples.push((s.ankle_pressure_mmhg, s.skin_inflow_ml_min / 60.0));
        }
    }
    samples
}

fn stretch(sim: &Simulation, samples: Vec<(f64, f64)>) -> Stretch {
    Stretch {
        samples,
        sample_s: DEFAULT_TIME_STEP_S * SAMPLE_EVERY_STEPS as f64,
        calf_pumping: sim.activity().drive().rhythm.is_some(),
        stocking_mmhg: sim.stockings_worn().ankle_pressure_mmhg(),
        tissue: Tissue::of(sim.condition()),
    }
}

impl DayModel {
    pub fn new() -> Self {
        Self::default()
    }

    /// The leg after a night lying down.
    fn night(leg: LegCondition, stockings: Stockings) -> Simulation {
        let mut sim = Simulation::new(NIGHT, leg, stockings);
        sim.run_for(TRANSITION_S, DEFAULT_TIME_STEP_S);
        sim
    }

    /// A leg settled into `key`'s activity.
    fn settled_leg(&mut self, key: LegKey) -> Simulation {
        if let Some(sim) = self.settled_legs.get(&key) {
            return sim.clone();
        }
        let night = (NIGHT, key.1, key.2);
        if key == night {
            let sim = Self::night(key.1, key.2);
            self.settled_legs.insert(key, sim.clone());
            return sim;
        }
        self.transition(night, key);
        self.settled_legs[&key].clone()
    }

    /// Caches the first [`TRANSITION_S`] after changing from `from` to `to`,
    /// and, on the way, the settled leg and cycle of `to`.
    fn transition(&mut self, from: LegKey, to: LegKey) {
        if !self.transitions.contains_key(&(from, to)) {
            let mut sim = self.settled_leg(from);
            if (from.1, from.2) != (to.1, to.2) {
                sim.set_leg(to.1, to.2);
            }
            sim.set_activity(to.0);
            let samples = record(&mut sim, TRANSITION_S);
            self.transitions.insert((from, to), stretch(&sim, samples));
            if !self.settled.contains_key(&to) {
                let period = to.0.drive().rhythm.map_or(1.0, |r| r.period_s());
                let cycles = (SETTLED_RECORD_S / period).ceil().max(1.0);
                let mut recording = sim.clone();
                let samples = record(&mut recording, cycles * period);
                self.settled.insert(to, stretch(&recording, samples));
            }
            self.settled_legs.entry(to).or_insert(sim);
        }
    }

    /// Everything the day does to the ankle.
    pub fn run(&mut self, plan: &DayPlan) -> DayOutcome {
        let key = |a: Activity| (a, plan.leg, plan.stockings);
        let minutes = plan.total_minutes() as usize;
        let mut pressure_by_minute = Vec::with_capacity(minutes);
        let mut swelling_by_minute = Vec::with_capacity(minutes);
        let mut swelling_ml = 0.0;
        let mut high_s = 0.0;
        let mut previous = key(NIGHT);
        for block in &plan.blocks {
            let here = key(block.activity);
            let block_s = block.minutes as f64 * 60.0;
            // The change, step by step, minute by minute.
            self.transition(previous, here);
            let transition = &self.transitions[&(previous, here)];
            let per_minute = (60.0 / transition.sample_s).round() as usize;
            let exact_s = TRANSITION_S.min(block_s);
            let exact_samples =
                ((exact_s / transition.sample_s).round() as usize).min(transition.samples.len());
            for minute in transition.samples[..exact_samples].chunks(per_minute) {
                let duration_s = minute.len() as f64 * transition.sample_s;
                swelling_ml = integrate_swelling(transition, minute, swelling_ml, duration_s);
                high_s += transition.high_fraction(minute) * duration_s;
                pressure_by_minute.push(Stretch::mean_pressure_mmhg(minute));
                swelling_by_minute.push(swelling_ml);
            }
            // The rest of the block: the settled cycle, minute by minute.
            let settled = &self.settled[&here];
            let rest_minutes = ((block_s - exact_s) / 60.0).round() as usize;
            let high = settled.high_fraction(&settled.samples);
            let mean = Stretch::mean_pressure_mmhg(&settled.samples);
            for _ in 0..rest_minutes {
                swelling_ml = integrate_swelling(settled, &settled.samples, swelling_ml, 60.0);
                high_s += high * 60.0;
                pressure_by_minute.push(mean);
                swelling_by_minute.push(swelling_ml);
            }
            previous = here;
        }
        DayOutcome {
            evening_swelling_ml: swelling_ml,
            high_pressure_hours: high_s / 3600.0,
            ankle_pressure_by_minute_mmhg: pressure_by_minute,
            swelling_by_minute_ml: swelling_by_minute,
        }
    }
}

/// The same day stepped at 4 ms from start to end: the reference the fast
/// model is tested against (about 15 ms per simulated hour natively: too
/// slow for the browser).
pub fn exact_day(plan: &DayPlan) -> DayOutcome {
    let mut sim = DayModel::night(plan.leg, plan.stockings);
    let steps_per_minute = (60.0 / DEFAULT_TIME_STEP_S).round() as u64;
    let mut high_s = 0.0;
    let mut pressure_by_minute = Vec::new();
    let mut swelling_by_minute = Vec::new();
    for block in &plan.blocks {
        sim.set_activity(block.activity);
        for _ in 0..block.minutes {
            let mut pressure_sum = 0.0;
            for _ in 0..steps_per_minute {
                sim.step(DEFAULT_TIME_STEP_S);
                let ankle = sim.state().ankle_pressure_mmhg;
                pressure_sum += ankle;
                if ankle > HIGH_ANKLE_PRESSURE_MMHG {
                    high_s += DEFAULT_TIME_STEP_S;
                }
            }
            pressure_by_minute.push(pressure_sum / steps_per_minute as f64);
            swelling_by_minute.push(sim.state().swelling_ml);
        }
    }
    DayOutcome {
        evening_swelling_ml: sim.state().swelling_ml,
        high_pressure_hours: high_s / 3600.0,
        ankle_pressure_by_minute_mmhg: pressure_by_minute,
        swelling_by_minute_ml: swelling_by_minute,
    }
}
