//! Every judgement the widget puts into words — leaking back or not, ankle
//! pressure high or not, lowered by the calf or by posture, refill fast or
//! normal — chosen here from model quantities, with each threshold named and
//! sourced in this one place. Narration only words what this module decides.

use crate::reference::healthy_ankle_pressure_mmhg;
use calf_pump_model::{fell, Activity, ClinicalSummary, Posture};

/// Mean backward flow through incompetent valves over the active window
/// (mL/min) from which the widget says blood is leaking back. Fitted to the
/// model: competent valves give 0; leaky valves while the calf pumps give
/// 600–4,200; the trickles below it (leaky surface veins pedalling with flat
/// feet, about 37; leaky deep veins floating, about 28) are brief, well under
/// the 0.5 s a duplex scan needs to call reflux (Labropoulos 2003).
pub const LEAKING_MEAN_ML_MIN: f64 = 50.0;

/// Backward flow (mL/min) through a leaky valve at one instant above which
/// the leg diagram draws it leaking. A competent valve lets a brief spurt back
/// while its cusps swing shut (Lurie 2002) and is never drawn leaking. Fitted.
pub const LEAKING_NOW_ML_MIN: f64 = 30.0;

/// How the leg drawing shows a valve at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValveLook {
    Open,
    Shut,
    /// An incompetent valve letting blood back down.
    Leaking,
}

impl ValveLook {
    /// From the valve's competence, its opening (0 shut … 1 open) and the
    /// flow through it (mL/min; negative is reflux).
    pub fn of(leaky: bool, opening: f64, flow_ml_min: f64) -> ValveLook {
        if leaky && flow_ml_min < -LEAKING_NOW_ML_MIN {
            ValveLook::Leaking
        } else if opening > 0.5 {
            ValveLook::Open
        } else {
            ValveLook::Shut
        }
    }
}

/// Refill time (s) after a calf-driven fall below which refill is "fast":
/// photoplethysmography's criterion for reflux (< 20 s; band B7 of
/// `shared/clinical-reference.md`); healthy legs refill in 20–60 s (band B5;
/// Pollack & Wood 1949, 31 s).
pub const NORMAL_REFILL_S: f64 = 20.0;

/// How far above the top of a healthy leg's range for the activity
/// (`reference.rs`) the ankle pressure must be to read as "high" (mmHg);
/// anything above the range reads "higher than a healthy leg's". Fitted:
/// 10 mmHg is about the spread of healthy walking pressures (Stick 1992,
/// 23.5 at 3 km/h vs 30.4 at 6 km/h).
pub const HIGH_ABOVE_HEALTHY_MMHG: f64 = 10.0;

/// A change of ankle pressure from standing still smaller than this share
/// (%) is "about the same"; the readout's comparison uses the same line.
/// Fitted: about one heartbeat's pressure wobble at the ankle.
pub const SAME_AS_STANDING_PCT: f64 = 10.0;

/// Is blood leaking back through the valves during the activity?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leak {
    Leaking,
    NotLeaking,
}

/// Ankle pressure during the activity against a healthy leg's range for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PressureLevel {
    /// Within (or below) a healthy leg's range.
    LikeHealthy,
    /// Above the range, by less than [`HIGH_ABOVE_HEALTHY_MMHG`].
    AboveHealthy,
    High,
}

/// What happened to the ankle pressure against standing still, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lowered {
    /// The calf pumped it down.
    ByCalf,
    /// The leg is nearer the heart's level (sitting, lying, floating).
    ByPosture,
    AboutTheSame,
    Raised,
}

/// Why a refill time would mean nothing for this activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoRefillTest {
    /// Lying or floating lowered the pressure, not the calf.
    Posture,
    /// The calf did not pump (standing, sitting).
    CalfResting,
    /// Refill is timed after walking-type activity or tiptoe raises, standing.
    NotUprightPumping,
    /// The pressure did not fall enough to time a refill.
    NoFall,
}

/// The refill time as a test result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Refill {
    Normal { seconds: f64 },
    Fast { seconds: f64, leak: Leak },
    NotATest(NoRefillTest),
}

/// The judgements for one scenario, from the model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub leak: Leak,
    pub pressure: PressureLevel,
    pub lowered: Lowered,
    pub refill: Refill,
}

/// True where a refill time is a valid test: after a calf-driven fall,
/// standing — walking-type activities and the tiptoe test, as in the clinic.
pub fn refill_is_a_test(activity: Activity) -> bool {
    let drive = activity.drive();
    drive.posture == Posture::Standing && drive.rhythm.is_some()
}

impl Verdict {
    /// From the clinical summary of the scenario.
    pub fn from_model(activity: Activity, summary: &ClinicalSummary) -> Self {
        let active = summary.avp_active_mmhg;
        let standing_mmhg = summary.standing_mmhg;
        let leak = if summary.reflux_active_ml_min >= LEAKING_MEAN_ML_MIN {
            Leak::Leaking
        } else {
            Leak::NotLeaking
        };
        let (_, healthy_top) = healthy_ankle_pressure_mmhg(activity);
        let pressure = if active > healthy_top + HIGH_ABOVE_HEALTHY_MMHG {
            PressureLevel::High
        } else if active > healthy_top {
            PressureLevel::AboveHealthy
        } else {
            PressureLevel::LikeHealthy
        };
        let drive = activity.drive();
        let change_pct = change_from_standing_pct(active, standing_mmhg);
        let lowered = if change_pct.abs() < SAME_AS_STANDING_PCT {
            Lowered::AboutTheSame
        } else if change_pct < 0.0 {
            Lowered::Raised
        } else if drive.posture == Posture::Standing && drive.rhythm.is_some()
            || drive.posture == Posture::Cycling
        {
            Lowered::ByCalf
        } else {
            Lowered::ByPosture
        };
        let refill = if !refill_is_a_test(activity) {
            Refill::NotATest(match (drive.posture, drive.rhythm.is_some()) {
                (Posture::Horizontal, _) => NoRefillTest::Posture,
                (Posture::Standing | Posture::Sitting | Posture::Cycling, false) => {
                    NoRefillTest::CalfResting
                }
                (Posture::Standing | Posture::Sitting | Posture::Cycling, true) => {
                    NoRefillTest::NotUprightPumping
                }
            })
        } else if lowered != Lowered::ByCalf
            || !fell(summary.avp_rest_mmhg, active)
            || summary.rt90_s <= 0.0
        {
            Refill::NotATest(NoRefillTest::NoFall)
        } else if summary.rt90_s >= NORMAL_REFILL_S {
            Refill::Normal {
                seconds: summary.rt90_s,
            }
        } else {
            Refill::Fast {
                seconds: summary.rt90_s,
                leak,
            }
        };
        Self {
            leak,
            pressure,
            lowered,
            refill,
        }
    }
}

/// How much lower (positive) or higher (negative) than standing still, in %
/// of the standing pressure.
pub fn change_from_standing_pct(now_mmhg: f64, standing_mmhg: f64) -> f64 {
    if standing_mmhg > 0.0 && now_mmhg.is_finite() && standing_mmhg.is_finite() {
        100.0 * (standing_mmhg - now_mmhg) / standing_mmhg
    } else {
        0.0
    }
}
