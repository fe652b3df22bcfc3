//! Every judgement the widget puts into words — what the calf pump does,
//! whether blood leaks back, how the ankle pressure compares with a healthy
//! leg doing the same, whether a refill time means anything, and how the
//! clinic's tiptoe test reads — chosen here from model quantities, with each
//! threshold named and sourced in this one place. The sentences only word
//! what this module decides.

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

/// Refill time (s) after a calf-driven fall below which refill is "fast":
/// photoplethysmography's criterion for reflux (< 20 s; band B7 of
/// `shared/clinical-reference.md`); healthy legs refill in 20–60 s (band B5;
/// Pollack & Wood 1949, 31 s).
pub const NORMAL_REFILL_S: f64 = 20.0;

/// How much (% of the posture's own still pressure) the calf must lower the
/// ankle pressure for the widget to say the pump lowers it at all: leaky
/// deep veins fall 0–25 % walking (band B8, the pump barely works), leaky
/// surface veins 35–55 % (band B6), a healthy leg 60–80 % (band B4).
pub const PUMP_LOWERS_PCT: f64 = 25.0;

/// The ejection fraction (%) from which the clinic's tiptoe test reads the
/// calf as emptying well: air plethysmography calls over 60 % normal
/// (Christopoulos 1987) and a weak calf under 55 % does not read as working
/// well (band B26; poor calf pump in older and ulcer patients, Araki 1994,
/// Back 1995).
pub const NORMAL_EJECTION_FRACTION_PCT: f64 = 55.0;

/// Ankle pressure (mmHg) within this much of a healthy leg's value for the
/// same activity reads as the same: the model's own step-to-step wobble is
/// well under it, and a reader sees whole numbers. Fitted.
pub const SAME_AS_HEALTHY_MMHG: f64 = 2.0;

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
    /// Above it.
    AboveHealthy,
}

/// Where the leg is, and so what gravity does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gravity {
    /// Standing, sitting, on a bicycle: the ankle hangs below the heart.
    Pulls,
    /// Lying or floating: the leg is level with the heart.
    Level,
    /// Feet raised above the heart: gravity drains the leg.
    Drains,
}

/// What the calf pump does in this activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pump {
    /// The calf does not contract (standing, sitting, lying, feet up).
    Resting,
    /// It lowers the ankle pressure into a healthy leg's range.
    Works,
    /// It lowers the pressure by at least [`PUMP_LOWERS_PCT`], not into a
    /// healthy leg's range.
    Partly,
    /// It lowers the pressure by less than [`PUMP_LOWERS_PCT`].
    Barely,
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
    /// In the normal range; with `leak`, as a leaky leg in stockings can be:
    /// then nothing says the valves hold.
    Normal {
        seconds: f64,
        leak: Leak,
    },
    Fast {
        seconds: f64,
        leak: Leak,
    },
    NotATest(NoRefillTest),
}

impl Refill {
    /// A refill time measured live (the tiptoe test), judged by the same
    /// line; `leak` is the model's verdict for the leg, if it is in.
    pub fn timed(seconds: f64, leak: Option<Leak>) -> Refill {
        if seconds >= NORMAL_REFILL_S {
            Refill::Normal {
                seconds,
                leak: leak.unwrap_or(Leak::NotLeaking),
            }
        } else {
            Refill::Fast {
                seconds,
                leak: leak.unwrap_or(Leak::NotLeaking),
            }
        }
    }
}

/// The clinic's tiptoe test read as a light-sensor (plethysmography) test
/// reads it: how much the calf empties, and how fast the veins refill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TiptoeResult {
    /// Empties well and refills slowly: the pump works.
    Normal,
    /// Refills slowly but empties little: a weak calf.
    WeakCalf,
    /// Refills fast: blood falls back through leaky valves.
    FastRefill,
}

/// The judgements for one scenario, from the model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub leak: Leak,
    pub pressure: PressureLevel,
    pub gravity: Gravity,
    pub pump: Pump,
    pub refill: Refill,
    /// For the tiptoe test only.
    pub tiptoe: Option<TiptoeResult>,
}

/// True where a refill time is a valid test: after a calf-driven fall,
/// standing — walking-type activities and the tiptoe test, as in the clinic.
pub fn refill_is_a_test(activity: Activity) -> bool {
    let drive = activity.drive();
    drive.posture == Posture::Standing && drive.rhythm.is_some()
}

fn gravity(activity: Activity) -> Gravity {
    match activity.drive().posture {
        Posture::Standing | Posture::Sitting | Posture::Cycling => Gravity::Pulls,
        Posture::Horizontal => Gravity::Level,
        Posture::FeetUp => Gravity::Drains,
    }
}

fn pump(activity: Activity, summary: &ClinicalSummary, pressure: PressureLevel) -> Pump {
    if activity.drive().rhythm.is_none() {
        return Pump::Resting;
    }
    if fall_pct(summary.still_mmhg, summary.avp_active_mmhg) < PUMP_LOWERS_PCT {
        return Pump::Barely;
    }
    match pressure {
        PressureLevel::LikeHealthy => Pump::Works,
        PressureLevel::AboveHealthy => Pump::Partly,
    }
}

fn refill(activity: Activity, summary: &ClinicalSummary, pump: Pump, leak: Leak) -> Refill {
    let drive = activity.drive();
    if !refill_is_a_test(activity) {
        return Refill::NotATest(match (gravity(activity), drive.rhythm.is_some()) {
            (Gravity::Level | Gravity::Drains, _) => NoRefillTest::Posture,
            (Gravity::Pulls, false) => NoRefillTest::CalfResting,
            (Gravity::Pulls, true) => NoRefillTest::NotUprightPumping,
        });
    }
    let fell_enough = fell(summary.avp_rest_mmhg, summary.avp_active_mmhg);
    if pump == Pump::Barely || !fell_enough || summary.rt90_s <= 0.0 {
        Refill::NotATest(NoRefillTest::NoFall)
    } else if summary.rt90_s >= NORMAL_REFILL_S {
        Refill::Normal {
            seconds: summary.rt90_s,
            leak,
        }
    } else {
        Refill::Fast {
            seconds: summary.rt90_s,
            leak,
        }
    }
}

impl Verdict {
    /// From the clinical summary of the scenario.
    pub fn from_model(activity: Activity, summary: &ClinicalSummary) -> Self {
        let leak = if summary.reflux_active_ml_min >= LEAKING_MEAN_ML_MIN {
            Leak::Leaking
        } else {
            Leak::NotLeaking
        };
        let (_, healthy_top) = healthy_ankle_pressure_mmhg(activity);
        let pressure = if summary.avp_active_mmhg > healthy_top {
            PressureLevel::AboveHealthy
        } else {
            PressureLevel::LikeHealthy
        };
        let pump = pump(activity, summary, pressure);
        let tiptoe = (activity == Activity::Tiptoe).then(|| {
            if summary.rt90_s < NORMAL_REFILL_S {
                TiptoeResult::FastRefill
            } else if summary.ejection_fraction_pct < NORMAL_EJECTION_FRACTION_PCT {
                TiptoeResult::WeakCalf
            } else {
                TiptoeResult::Normal
            }
        });
        Self {
            leak,
            pressure,
            gravity: gravity(activity),
            pump,
            refill: refill(activity, summary, pump, leak),
            tiptoe,
        }
    }
}

/// How much lower (positive) or higher (negative) `now_mmhg` is than
/// `from_mmhg`, in % of `from_mmhg`; 0 when there is nothing to compare.
pub fn fall_pct(from_mmhg: f64, now_mmhg: f64) -> f64 {
    if from_mmhg > 0.0 && now_mmhg.is_finite() && from_mmhg.is_finite() {
        100.0 * (from_mmhg - now_mmhg) / from_mmhg
    } else {
        0.0
    }
}

/// How a pressure compares with a healthy leg's in the same activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersusHealthy {
    Lower,
    Same,
    Higher,
}

/// `now_mmhg` against `healthy_mmhg`, within [`SAME_AS_HEALTHY_MMHG`] the same.
pub fn versus_healthy(now_mmhg: f64, healthy_mmhg: f64) -> VersusHealthy {
    if (now_mmhg - healthy_mmhg).abs() <= SAME_AS_HEALTHY_MMHG {
        VersusHealthy::Same
    } else if now_mmhg < healthy_mmhg {
        VersusHealthy::Lower
    } else {
        VersusHealthy::Higher
    }
}

/// One scenario judged: the model's summary of it, a healthy leg's summary
/// of the same activity (what the reader compares with), and the verdicts.
/// Everything a sentence about the scenario says comes from this.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Judged {
    pub activity: Activity,
    pub leg: calf_pump_model::LegCondition,
    /// The stockings chosen (a swimmer's are off: [`Stockings::worn_during`]).
    pub stockings: calf_pump_model::Stockings,
    pub summary: ClinicalSummary,
    /// A healthy leg without stockings doing the same activity.
    pub healthy: ClinicalSummary,
    pub verdict: Verdict,
}

impl Judged {
    /// From the two summaries the model gives.
    pub fn new(
        activity: Activity,
        leg: calf_pump_model::LegCondition,
        stockings: calf_pump_model::Stockings,
        summary: ClinicalSummary,
        healthy: ClinicalSummary,
    ) -> Self {
        Self {
            activity,
            leg,
            stockings,
            summary,
            healthy,
            verdict: Verdict::from_model(activity, &summary),
        }
    }

    /// Runs the model for both summaries (a few milliseconds).
    pub fn of(
        activity: Activity,
        leg: calf_pump_model::LegCondition,
        stockings: calf_pump_model::Stockings,
    ) -> Self {
        use calf_pump_model::{clinical_summary, LegCondition, Stockings};
        let summary = clinical_summary(activity, leg, stockings);
        let healthy = if leg == LegCondition::Healthy && stockings == Stockings::None {
            summary
        } else {
            clinical_summary(activity, LegCondition::Healthy, Stockings::None)
        };
        Self::new(activity, leg, stockings, summary, healthy)
    }

    /// The stockings on the leg in this activity.
    pub fn stockings_worn(&self) -> calf_pump_model::Stockings {
        self.stockings.worn_during(self.activity)
    }

    /// How the ankle pressure during the activity compares with a healthy
    /// leg's doing the same.
    pub fn versus_healthy(&self) -> VersusHealthy {
        versus_healthy(self.summary.avp_active_mmhg, self.healthy.avp_active_mmhg)
    }

    /// Whether a live reading (`now_mmhg`, the readout's mean) describes
    /// the same settled leg as this judgement: within [`SETTLED_WITHIN_MMHG`]
    /// or [`SETTLED_WITHIN_PCT`] of the activity's pressure. Right after a
    /// change the reading is still on its way there.
    pub fn settled_at(&self, now_mmhg: f64) -> bool {
        let target = self.summary.avp_active_mmhg;
        let tolerance = SETTLED_WITHIN_MMHG.max(target.abs() * SETTLED_WITHIN_PCT / 100.0);
        (now_mmhg - target).abs() <= tolerance
    }
}

/// A live reading this close (mmHg) to the activity's measured pressure
/// describes the settled leg. Fitted: a walking leg's readout wobbles by
/// about 3 mmHg from cycle to cycle.
pub const SETTLED_WITHIN_MMHG: f64 = 5.0;
/// Or this close, in % of it, for high pressures.
pub const SETTLED_WITHIN_PCT: f64 = 10.0;
