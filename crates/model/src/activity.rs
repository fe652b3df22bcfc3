//! What the body does: posture (how far each vein hangs below the heart) and
//! the calf's contraction pattern for each activity.

use crate::leg::Compartment;
use crate::per::PerCompartment;

/// Something the reader can do with their legs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activity {
    Standing,
    Sitting,
    Lying,
    Walking,
    /// Seated, heels up and down (or toes pointed) about 30 times a minute:
    /// the standard advice for desks, cars and flights.
    AnklePumps,
    /// Lying with the feet raised about 30 cm above the heart.
    FeetUp,
    Running,
    Hiking,
    Stairs,
    CyclingToes,
    CyclingFlat,
    Swimming,
    /// The clinical test: ten tiptoe raises at about one a second, then standing still.
    Tiptoe,
}

/// How the body is held, which sets the hydrostatic column above each vein.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posture {
    Standing,
    Sitting,
    /// Upright on a bicycle saddle, feet on the pedals.
    Cycling,
    /// Lying down or floating: legs level with the heart.
    Horizontal,
    /// Lying with the feet raised above the heart on a pillow or a wall.
    FeetUp,
}

/// The calf muscle's rhythm during an activity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CalfRhythm {
    /// Contractions of one calf per minute (half the step rate when walking).
    pub contractions_per_min: f64,
    /// Fraction of each cycle the muscle is contracted.
    pub contraction_fraction: f64,
    /// Peak intramuscular pressure of a healthy calf (mmHg).
    pub peak_pressure_mmhg: f64,
}

/// Everything about an activity the model needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActivityDrive {
    pub posture: Posture,
    /// `None` for activities with no calf contraction.
    pub rhythm: Option<CalfRhythm>,
    /// How many contractions before the activity stops by itself (the tiptoe test).
    pub contraction_limit: Option<u32>,
    /// Target multiple of resting muscle blood flow (exercise hyperemia:
    /// femoral flow rises roughly linearly with work, Rådegran 1997 J Physiol
    /// 505:541–548; values are graded by effort).
    pub muscle_flow_multiple: f64,
    /// Water pressure on the immersed leg (mmHg); legs about 10 cm deep when
    /// swimming: 10 cm H2O ≈ 7.4 mmHg.
    pub water_pressure_mmhg: f64,
}

impl Activity {
    pub const ALL: [Activity; 13] = [
        Activity::Standing,
        Activity::Sitting,
        Activity::Lying,
        Activity::Walking,
        Activity::AnklePumps,
        Activity::FeetUp,
        Activity::Running,
        Activity::Hiking,
        Activity::Stairs,
        Activity::CyclingToes,
        Activity::CyclingFlat,
        Activity::Swimming,
        Activity::Tiptoe,
    ];

    /// Posture, calf rhythm and blood-flow demand of the activity.
    ///
    /// Cadences: walking 100–120 steps/min, running 150–190 steps/min, cycling
    /// 50–90 rpm (clinical reference). Peak intramuscular pressures: soleus
    /// 181 ± 69 mmHg walking, 269 ± 95 mmHg running (Ballard et al. 1998,
    /// J Appl Physiol 84:1976–1981). Fitted, within what the literature
    /// allows: stairs and uphill hiking load the calf more than level walking
    /// (230 and 210 mmHg); pedalling with pointed toes about as much as walking
    /// (170), with flat feet barely (45); a flutter kick lightly (90); seated
    /// ankle pumps, unloaded, about two thirds of a walking push-off (120).
    /// Muscle flow multiples are graded by effort (fitted; band B16 bounds them).
    pub fn drive(self) -> ActivityDrive {
        let rhythm = |per_min: f64, fraction: f64, peak: f64| {
            Some(CalfRhythm {
                contractions_per_min: per_min,
                contraction_fraction: fraction,
                peak_pressure_mmhg: peak,
            })
        };
        let (posture, rhythm, limit, flow, water) = match self {
            Activity::Standing => (Posture::Standing, None, None, 1.0, 0.0),
            Activity::Sitting => (Posture::Sitting, None, None, 1.0, 0.0),
            Activity::Lying => (Posture::Horizontal, None, None, 1.0, 0.0),
            Activity::FeetUp => (Posture::FeetUp, None, None, 1.0, 0.0),
            // About 30 a minute, both feet together (clinical reference, B28).
            Activity::AnklePumps => (Posture::Sitting, rhythm(30.0, 0.4, 120.0), None, 1.5, 0.0),
            // 110 steps/min → 55 contractions of each calf.
            Activity::Walking => (Posture::Standing, rhythm(55.0, 0.35, 180.0), None, 3.5, 0.0),
            // 170 steps/min.
            Activity::Running => (Posture::Standing, rhythm(85.0, 0.30, 240.0), None, 6.0, 0.0),
            // Uphill, slower steps, longer push-off.
            Activity::Hiking => (Posture::Standing, rhythm(50.0, 0.40, 210.0), None, 4.0, 0.0),
            Activity::Stairs => (Posture::Standing, rhythm(50.0, 0.40, 230.0), None, 4.0, 0.0),
            // 70 rpm: one plantar flexion per pedal stroke.
            Activity::CyclingToes => (Posture::Cycling, rhythm(70.0, 0.35, 170.0), None, 3.5, 0.0),
            Activity::CyclingFlat => (Posture::Cycling, rhythm(70.0, 0.35, 45.0), None, 3.5, 0.0),
            // Flutter kick, about one kick per second per leg.
            Activity::Swimming => (
                Posture::Horizontal,
                rhythm(60.0, 0.40, 90.0),
                None,
                3.5,
                7.4,
            ),
            Activity::Tiptoe => (
                Posture::Standing,
                rhythm(60.0, 0.50, 185.0),
                Some(10),
                1.5,
                0.0,
            ),
        };
        ActivityDrive {
            posture,
            rhythm,
            contraction_limit: limit,
            muscle_flow_multiple: flow,
            water_pressure_mmhg: water,
        }
    }

    /// The posture a clinician measures this activity's resting pressure in:
    /// standing, except lying, feet up and swimming, which rest lying down,
    /// and ankle pumps, which start from sitting (band B28).
    pub fn rest_activity(self) -> Activity {
        match self {
            Activity::Lying | Activity::Swimming | Activity::FeetUp => Activity::Lying,
            Activity::AnklePumps => Activity::Sitting,
            Activity::Standing
            | Activity::Sitting
            | Activity::Walking
            | Activity::Running
            | Activity::Hiking
            | Activity::Stairs
            | Activity::CyclingToes
            | Activity::CyclingFlat
            | Activity::Tiptoe => Activity::Standing,
        }
    }

    /// False for swimming: nobody swims in compression stockings.
    pub fn allows_stockings(self) -> bool {
        match self {
            Activity::Swimming => false,
            Activity::Standing
            | Activity::Sitting
            | Activity::Lying
            | Activity::Walking
            | Activity::AnklePumps
            | Activity::FeetUp
            | Activity::Running
            | Activity::Hiking
            | Activity::Stairs
            | Activity::CyclingToes
            | Activity::CyclingFlat
            | Activity::Tiptoe => true,
        }
    }

    /// What one beat of this activity is, as a person would count it.
    pub fn unit(self) -> CountUnit {
        match self {
            Activity::Walking | Activity::Running | Activity::Hiking | Activity::Stairs => {
                CountUnit::Step
            }
            Activity::CyclingToes | Activity::CyclingFlat => CountUnit::PedalStroke,
            Activity::Swimming => CountUnit::Kick,
            Activity::Tiptoe => CountUnit::Raise,
            Activity::AnklePumps => CountUnit::AnklePump,
            Activity::Standing | Activity::Sitting | Activity::Lying | Activity::FeetUp => {
                CountUnit::Second
            }
        }
    }

    /// How many of the activity's natural units (steps, pedal strokes, kicks,
    /// raises; seconds when the calf is still) fit in `elapsed_s`, counting
    /// the first one begun. Steps count both legs: each calf contracts once
    /// per two steps; pedal strokes and kicks likewise alternate legs.
    pub fn count_in(self, elapsed_s: f64) -> u32 {
        let elapsed_s = if elapsed_s.is_finite() {
            elapsed_s.max(0.0)
        } else {
            0.0
        };
        let drive = self.drive();
        let Some(rhythm) = drive.rhythm else {
            return elapsed_s.round().max(1.0) as u32;
        };
        let contractions = (elapsed_s / rhythm.period_s()).ceil().max(1.0);
        let per_contraction = match self.unit() {
            // Both feet pump together; a tiptoe raise is both calves at once.
            CountUnit::Raise | CountUnit::AnklePump => 1.0,
            CountUnit::Step | CountUnit::PedalStroke | CountUnit::Kick | CountUnit::Second => 2.0,
        };
        let count = (contractions * per_contraction) as u32;
        match drive.contraction_limit {
            Some(limit) => count.min(limit),
            None => count,
        }
    }
}

/// What a person counts while doing an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountUnit {
    Step,
    PedalStroke,
    Kick,
    Raise,
    /// One heel-up, toes-down movement of both feet, seated.
    AnklePump,
    Second,
}

impl CalfRhythm {
    pub fn period_s(&self) -> f64 {
        60.0 / self.contractions_per_min
    }

    /// The rhythm's timing with its divisions done once.
    pub fn timing(&self) -> SqueezeTiming {
        SqueezeTiming {
            inverse_period_s: 1.0 / self.period_s(),
            contraction_fraction: self.contraction_fraction,
            inverse_contraction_fraction: 1.0 / self.contraction_fraction,
        }
    }
}

/// When in each cycle the calf squeezes, ready for the per-step hot path.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SqueezeTiming {
    inverse_period_s: f64,
    contraction_fraction: f64,
    inverse_contraction_fraction: f64,
}

impl SqueezeTiming {
    /// Intramuscular pressure as a fraction of its peak at a time into the
    /// activity: a half-sine-like pulse during contraction (Magosso & Ursino
    /// 2002), here the parabola 4x(1−x), which needs no trigonometry per step.
    #[inline]
    pub fn squeeze_fraction(&self, time_into_activity_s: f64) -> f64 {
        let cycles = time_into_activity_s * self.inverse_period_s;
        let phase = cycles - cycles.floor();
        if phase < self.contraction_fraction {
            let x = phase * self.inverse_contraction_fraction;
            4.0 * x * (1.0 - x)
        } else {
            0.0
        }
    }
}

impl Posture {
    /// Height of each model compartment below the right atrium (cm).
    ///
    /// Feet up: the heel on a pillow about 30 cm above the heart (the usual
    /// advice), the calf about 20 cm above it, the thigh sloping down to the
    /// hip (clinical reference, band B27: 0.77 mmHg per cm above the heart).
    /// Standing: a foot vein about 104 cm below the heart gives 0.77 mmHg/cm ×
    /// 104 cm + 2 mmHg in the right atrium ≈ 82 mmHg, plus a few mmHg to drive
    /// the resting flow, near the median standing foot-vein pressure of 84 mmHg (Stick et al. 1992, J Appl Physiol 72:2063–2068). Cycling:
    /// seated upright on a saddle, 75–79 mmHg at rest (Stick et al. 1993, Eur
    /// J Appl Physiol 66:434–438).
    pub fn heights_below_heart_cm(self) -> PerCompartment<f64> {
        // Ankle, calf surface and deep veins, thigh.
        let (ankle, calf_superficial, calf_deep, thigh) = match self {
            Posture::Standing => (104.0, 85.0, 85.0, 50.0),
            Posture::Sitting => (68.0, 55.0, 55.0, 25.0),
            Posture::Cycling => (96.0, 76.0, 76.0, 40.0),
            Posture::Horizontal => (3.0, 3.0, 4.0, 3.0),
            Posture::FeetUp => (-30.0, -20.0, -19.0, -8.0),
        };
        PerCompartment::from_fn(|c| match c {
            Compartment::Ankle => ankle,
            Compartment::CalfSuperficial => calf_superficial,
            Compartment::CalfDeep => calf_deep,
            Compartment::Thigh => thigh,
        })
    }
}
