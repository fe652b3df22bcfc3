//! What one frame shows, as data: the numbers under the charts
//! ([`Readings`]) and the leg drawing's state ([`LegPicture`]). The widget's
//! components read these and nothing below them.

use crate::tiptoe::TiptoeReading;
use crate::trace::Sample;
use crate::Session;
use calf_pump_model::protocol::readout_window_s;
use calf_pump_model::{Compartment, PerCompartment, PerValve, Simulation};

/// The seconds a chart shows for an activity: 30, or the whole 60 s of
/// history for the tiptoe test, so its ten raises and a healthy refill
/// (about 35 s) stay in view together.
pub fn chart_window_s(activity: calf_pump_model::Activity) -> f64 {
    if activity == calf_pump_model::Activity::Tiptoe {
        crate::trace::WINDOW_S
    } else {
        30.0
    }
}

/// What the readouts show, sampled a few times a second.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Readings {
    /// Ankle pressure averaged over the last whole calf cycles, about a
    /// second ([`readout_window_s`], mmHg).
    pub ankle_pressure_mmhg: f64,
    /// Venous return averaged the same way (mL/min).
    pub venous_return_ml_min: f64,
    pub swelling_ml: f64,
    /// Net swelling change over the same whole calf cycles (mL/min).
    pub swelling_rate_ml_min: f64,
    /// Lowest and highest ankle pressure on the chart now (mmHg).
    pub window_pressure_mmhg: (f64, f64),
    /// Lowest and highest venous return on the chart now (mL/min).
    pub window_flow_ml_min: (f64, f64),
    /// The healthy leg's ankle pressure in compare mode (mmHg).
    pub healthy_ankle_pressure_mmhg: Option<f64>,
    /// The tiptoe test, while it is chosen.
    pub tiptoe: Option<TiptoeReading>,
    pub time_s: f64,
    /// Seconds the charts show.
    pub window_s: f64,
}

/// A finite number or a fallback: the widget never shows NaN.
fn finite(x: f64, fallback: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        fallback
    }
}

impl Readings {
    pub fn of(session: &Session) -> Self {
        let activity = session.scenario().activity;
        let trace = session.reader().trace();
        let (p, q) = trace
            .mean_over(readout_window_s(activity))
            .unwrap_or((0.0, 0.0));
        let window_s = chart_window_s(activity);
        let state = session.reader().state();
        let range = |f: fn(&Sample) -> f64| {
            let (lo, hi) = trace
                .samples_since(state.time_s - window_s)
                .map(f)
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                    (lo.min(v), hi.max(v))
                });
            (finite(lo, 0.0), finite(hi, 0.0))
        };
        Self {
            ankle_pressure_mmhg: finite(p, 0.0),
            venous_return_ml_min: finite(q, 0.0),
            swelling_ml: finite(state.swelling_ml, 0.0),
            swelling_rate_ml_min: finite(
                trace
                    .swelling_rate_over(readout_window_s(activity))
                    .unwrap_or(state.swelling_rate_ml_min),
                0.0,
            ),
            window_pressure_mmhg: range(|s| s.ankle_pressure_mmhg),
            window_flow_ml_min: range(|s| s.venous_return_ml_min),
            healthy_ankle_pressure_mmhg: session
                .healthy()
                .and_then(|h| h.trace().mean_over(readout_window_s(activity)))
                .map(|m| finite(m.0, 0.0)),
            tiptoe: session.tiptoe(),
            time_s: state.time_s,
            window_s,
        }
    }
}

/// What the leg drawing needs from one model state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LegPicture {
    /// How full each vein is, as a multiple of its unstressed volume.
    pub filling: PerCompartment<f64>,
    pub pressure_mmhg: PerCompartment<f64>,
    pub valve_opening: PerValve<f64>,
    pub valve_flow_ml_min: PerValve<f64>,
    /// 0 relaxed … 1 the peak of a healthy calf running.
    pub calf_contraction: f64,
    pub swelling_ml: f64,
    /// Valves whose cusps do not meet (an incompetent valve).
    pub leaky: PerValve<bool>,
}

impl LegPicture {
    pub fn of(sim: &Simulation) -> Self {
        let s = sim.state();
        Self {
            leaky: sim.leaky_valves(),
            filling: PerCompartment::from_fn(|c: Compartment| sim.vein_filling(c)),
            pressure_mmhg: s.pressure_mmhg,
            valve_opening: s.valve_opening,
            valve_flow_ml_min: s.valve_flow_ml_min,
            calf_contraction: s.calf_contraction,
            swelling_ml: s.swelling_ml,
        }
    }
}
