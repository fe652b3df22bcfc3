//! The widget's two live charts, painted from the session: what each shows
//! for an activity ([`chart_specs`]) and the painting itself, outside Yew's
//! render path.

use crate::browser;
use crate::components::chart::{ChartCanvas, ChartSpec, Quantity, HEALTHY_COLOR, READER_COLOR};
use calf_pump_explain::reference::{healthy_ankle_pressure_mmhg, healthy_venous_return_ml_min};
use calf_pump_model::Activity;
use calf_pump_session::{chart_window_s, Session};
use calf_pump_words::Lang;

pub const ANKLE_RANGE_MMHG: (f64, f64) = (0.0, 120.0);
pub const VENOUS_RETURN_RANGE_ML_MIN: (f64, f64) = (0.0, 3000.0);

/// What the ankle-pressure and the flow charts show for `activity`.
pub fn chart_specs(lang: Lang, activity: Activity) -> (ChartSpec, ChartSpec) {
    let window_s = chart_window_s(activity);
    // The tiptoe test's band follows its phases (see `draw_tiptoe_shading`).
    let tiptoe = activity == Activity::Tiptoe;
    let pressure_band = healthy_ankle_pressure_mmhg(activity);
    let w = lang.words();
    (
        ChartSpec {
            y_min: ANKLE_RANGE_MMHG.0,
            y_max: ANKLE_RANGE_MMHG.1,
            y_label: "mmHg",
            // Every axis says what it is: the time axis, "seconds ago".
            x_label: Some(w.chart_seconds_ago()),
            healthy_band: (!tiptoe).then_some(pressure_band),
            window_s,
            raises_band: tiptoe.then_some(pressure_band),
        },
        ChartSpec {
            y_min: VENOUS_RETURN_RANGE_ML_MIN.0,
            y_max: VENOUS_RETURN_RANGE_ML_MIN.1,
            y_label: "mL/min",
            x_label: Some(w.chart_seconds_ago()),
            healthy_band: Some(healthy_venous_return_ml_min(activity)),
            window_s,
            raises_band: None,
        },
    )
}

/// The canvases of both charts, once the elements exist.
pub struct Charts {
    pub pressure: ChartCanvas,
    pub flow: ChartCanvas,
}

/// Which charts a paint covers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The ankle-pressure chart: the first thing a reader needs.
    Pressure,
    Both,
}

/// Paints the charts from the session.
pub fn paint(charts: &mut Charts, session: &Session, lang: Lang, which: Which) {
    let (pressure_spec, flow_spec) = chart_specs(lang, session.scenario().activity);
    let now = session.reader().state().time_s;
    let ratio = browser::device_pixel_ratio();
    // Healthy twin first (drawn underneath); a stack array, no allocation per frame.
    let reader = (session.reader().trace(), READER_COLOR, false);
    let pair;
    let traces: &[_] = match session.healthy() {
        Some(h) => {
            pair = [(h.trace(), HEALTHY_COLOR, true), reader];
            &pair
        }
        None => std::slice::from_ref(&reader),
    };
    charts.pressure.draw(
        pressure_spec,
        Quantity::AnklePressure,
        traces,
        session.tiptoe(),
        now,
        ratio,
    );
    if which == Which::Both {
        charts
            .flow
            .draw(flow_spec, Quantity::VenousReturn, traces, None, now, ratio);
    }
}
