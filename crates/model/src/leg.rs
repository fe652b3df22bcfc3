//! The leg being simulated: its veins, valves and calf, healthy or not, with
//! or without compression stockings.

use super::activity::Activity;
use super::per::{PerCompartment, PerValve};
use super::valve::ValveSpec;
use super::vein::VeinWall;

/// The state of the reader's leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LegCondition {
    Healthy,
    /// Leaky great saphenous vein valves and saphenofemoral junction (varicose veins).
    SuperficialReflux,
    /// Leaky popliteal and femoral valves and perforators (e.g. after a deep vein thrombosis).
    DeepReflux,
    /// A calf muscle that squeezes weakly (rare: disuse, neuromuscular disease, a stiff ankle).
    WeakCalf,
}

impl LegCondition {
    pub const ALL: [LegCondition; 4] = [
        LegCondition::Healthy,
        LegCondition::SuperficialReflux,
        LegCondition::DeepReflux,
        LegCondition::WeakCalf,
    ];
}

/// Compression stocking class, by the pressure it applies at the ankle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stockings {
    None,
    Class15to20,
    Class20to30,
    Class30to40,
}

impl Stockings {
    pub const ALL: [Stockings; 4] = [
        Stockings::None,
        Stockings::Class15to20,
        Stockings::Class20to30,
        Stockings::Class30to40,
    ];

    /// Mid-class pressure at the ankle (mmHg), US compression classes.
    pub fn ankle_pressure_mmhg(self) -> f64 {
        match self {
            Stockings::None => 0.0,
            Stockings::Class15to20 => 17.5,
            Stockings::Class20to30 => 25.0,
            Stockings::Class30to40 => 35.0,
        }
    }

    /// The stockings on the leg during `activity`: swimmers take theirs off,
    /// so a swimming leg runs bare whatever was chosen. The one place this
    /// rule is applied: [`crate::Simulation`] wears what this returns.
    pub fn worn_during(self, activity: Activity) -> Stockings {
        if activity.allows_stockings() {
            self
        } else {
            Stockings::None
        }
    }

    /// Pressure at the calf (mmHg): graduated stockings apply about 70 % of the
    /// ankle pressure at the calf (EN 12718 / RAL-GZ 387 pressure profiles).
    pub fn calf_pressure_mmhg(self) -> f64 {
        CALF_SHARE_OF_ANKLE_PRESSURE * self.ankle_pressure_mmhg()
    }

    /// The stocking's pressure reaching one vein segment (mmHg): the ankle
    /// veins take it all, the calf's surface veins the graduated calf
    /// pressure, the deep veins under the muscle only part of that, the thigh
    /// (above a knee-high stocking) none.
    pub fn pressure_on_mmhg(self, c: Compartment) -> f64 {
        match c {
            Compartment::Ankle => self.ankle_pressure_mmhg(),
            Compartment::CalfSuperficial => self.calf_pressure_mmhg(),
            Compartment::CalfDeep => DEEP_SHARE_OF_STOCKING * self.calf_pressure_mmhg(),
            Compartment::Thigh => 0.0,
        }
    }
}

/// Graduated stockings apply about 70 % of the ankle pressure at the calf
/// (EN 12718 / RAL-GZ 387 pressure profiles).
const CALF_SHARE_OF_ANKLE_PRESSURE: f64 = 0.7;
/// Fraction of a stocking's calf pressure that reaches the deep veins under
/// the muscle: transmission through soft tissue is partial (Partsch 2008,
/// Dermatol Surg 34:600–609).
const DEEP_SHARE_OF_STOCKING: f64 = 0.5;
/// How much a stocking narrows a vein: the fraction of its unstressed volume
/// and compliance taken away per mmHg of stocking pressure reaching it.
/// Fitted within the 0.75–1.5 %/mmHg that meets the compression bands (B20,
/// B21; clinical reference's second-pass hints); ultrasound shows stockings
/// narrow calf veins (gastrocnemius vein area −10 to −15 % supine), and
/// narrowing is how compression works: less blood pools, leaky cusps meet
/// again, each contraction ejects a larger share (Christopoulos 1987 J Vasc
/// Surg; Partsch & Mosti's reviews).
const NARROWING_PER_MMHG: f64 = 0.01;
/// How steeply a narrowed vein's leak shrinks: the gap between cusps that no
/// longer meet closes as the walls come together, and flow through a gap
/// falls with the square of its area (Poiseuille), so the reflux conductance
/// of a leaky valve under a stocking scales with (1 − narrowing) to this
/// power. Fitted: light stockings reduce superficial reflux but do not
/// abolish it (band B22; Mosti & Partsch 2010: great saphenous reflux is
/// abolished only above about 40 mmHg; Ibegbuna 1997: residual volume
/// fraction 42 → 32 %, still above normal).
const REFLUX_NARROWING_POWER: i32 = 4;

/// One vein segment of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Compartment {
    /// Foot and ankle superficial veins: where the ambulatory pressure needle goes.
    Ankle,
    /// Great and small saphenous veins along the calf, outside the muscle.
    CalfSuperficial,
    /// Deep calf veins and soleal sinuses, inside the muscle.
    CalfDeep,
    /// Popliteal and femoral veins up to the groin.
    Thigh,
}

impl Compartment {
    pub const COUNT: usize = 4;
    /// Every compartment, from the foot up: the order of [`PerCompartment`].
    pub const ALL: [Compartment; Compartment::COUNT] = [
        Compartment::Ankle,
        Compartment::CalfSuperficial,
        Compartment::CalfDeep,
        Compartment::Thigh,
    ];
}

/// Where a valve lets blood go: another vein segment, or out of the leg to the heart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outlet {
    Vein(Compartment),
    Heart,
}

/// One one-way valve (or valved junction) of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Valve {
    /// Ankle veins into the great saphenous vein.
    AnkleToSaphenous,
    /// Ankle perforator: surface to deep at the ankle (Cockett perforators).
    AnklePerforator,
    /// Calf perforator: surface to deep in the calf.
    CalfPerforator,
    /// Saphenofemoral junction: the great saphenous vein into the femoral vein.
    Saphenofemoral,
    /// Popliteal valves: deep calf veins into the thigh.
    Popliteal,
    /// Femoral valves: the thigh veins out of the leg towards the heart.
    Femoral,
}

impl Valve {
    pub const COUNT: usize = 6;
    /// Every valve, from the foot up: the order of [`PerValve`].
    pub const ALL: [Valve; Valve::COUNT] = [
        Valve::AnkleToSaphenous,
        Valve::AnklePerforator,
        Valve::CalfPerforator,
        Valve::Saphenofemoral,
        Valve::Popliteal,
        Valve::Femoral,
    ];

    /// Where blood comes from and goes to when the valve lets it pass forward.
    #[inline]
    pub const fn ends(self) -> (Compartment, Outlet) {
        use Compartment::*;
        match self {
            Valve::AnkleToSaphenous => (Ankle, Outlet::Vein(CalfSuperficial)),
            Valve::AnklePerforator => (Ankle, Outlet::Vein(CalfDeep)),
            Valve::CalfPerforator => (CalfSuperficial, Outlet::Vein(CalfDeep)),
            Valve::Saphenofemoral => (CalfSuperficial, Outlet::Vein(Thigh)),
            Valve::Popliteal => (CalfDeep, Outlet::Vein(Thigh)),
            Valve::Femoral => (Thigh, Outlet::Heart),
        }
    }

    /// The vein whose width decides whether a leaky valve's cusps meet.
    /// The saphenofemoral junction sits at the groin, where the femoral
    /// vein holds it open: a knee-high stocking, which narrows only the calf,
    /// cannot close it (clinical reference, band B22).
    #[inline]
    pub const fn seated_in(self) -> Compartment {
        use Compartment::*;
        match self {
            Valve::AnkleToSaphenous | Valve::CalfPerforator => CalfSuperficial,
            Valve::AnklePerforator => Ankle,
            Valve::Saphenofemoral | Valve::Popliteal | Valve::Femoral => Thigh,
        }
    }
}

/// Every parameter of one leg.
#[derive(Clone, Debug, PartialEq)]
pub struct LegParams {
    walls: PerCompartment<VeinWall>,
    valves: PerValve<ValveSpec>,
    /// Skin (subcutaneous) capillary conductance into the ankle veins (mL/s per mmHg).
    pub skin_inflow_ml_s_per_mmhg: f64,
    /// Muscle capillary conductance into the deep calf veins at rest (mL/s per mmHg).
    pub muscle_inflow_ml_s_per_mmhg: f64,
    /// Scales the calf's intramuscular pressure (1 for a healthy muscle).
    pub calf_strength: f64,
    pub stockings: Stockings,
    /// How the leg's small vessels handle fluid.
    pub tissue: crate::tissue::Tissue,
}

/// Calf strength of the weak-calf leg, a fraction of a healthy calf's
/// intramuscular pressure. Fitted to Kügler 1999 (reduced ankle mobility: the
/// walking fall about a fifth smaller, refill time unchanged; band B18): a
/// calf at two thirds of normal still empties its deep veins against the
/// standing column, only less completely.
const WEAK_CALF_STRENGTH: f64 = 0.67;
/// Skin capillary conductance (mL/s per mmHg). Fitted: a small skin inflow
/// gives the healthy refill time of 20–60 s (band B5; clinical reference's
/// modelling hints).
const SKIN_INFLOW_ML_S_PER_MMHG: f64 = 0.012;
/// Resting muscle capillary conductance (mL/s per mmHg). Fitted so resting leg
/// inflow is about 270 mL/min, inside 150–450 (band B15; Holland 1998: common
/// femoral flow 284 ± 21 mL/min).
const MUSCLE_INFLOW_ML_S_PER_MMHG: f64 = 0.040;

/// A valve whose cusps no longer meet while its vein is wide: backward
/// conductance (mL/s per mmHg) and the vein volume (mL) below which the cusps
/// meet again. Every value is fitted to the reflux bands (B6–B9, B11, B12):
/// the literature gives refill times and falls, not conductances.
struct Leak {
    valve: Valve,
    reflux_conductance_ml_s_per_mmhg: f64,
    cusps_meet_volume_ml: f64,
}

const fn leak(valve: Valve, conductance: f64, cusps_meet_volume_ml: f64) -> Leak {
    Leak {
        valve,
        reflux_conductance_ml_s_per_mmhg: conductance,
        cusps_meet_volume_ml,
    }
}

/// Varicose veins: leaky ankle-to-saphenous valve and saphenofemoral junction.
const SUPERFICIAL_LEAKS: [Leak; 2] = [
    leak(Valve::AnkleToSaphenous, 0.25, 60.0),
    // Seated in the thigh's veins (see `Valve::seated_in`): open once they
    // are filled past lying flat.
    leak(Valve::Saphenofemoral, 0.3, 100.0),
];
/// Post-thrombotic deep veins: leaky popliteal and femoral valves and perforators.
const DEEP_LEAKS: [Leak; 4] = [
    leak(Valve::Popliteal, 1.2, 100.0),
    leak(Valve::Femoral, 6.0, 100.0),
    // Seals once the ankle vein is barely distended, like the other leaky
    // valves (just above its unstressed volume), so a horizontal leg is quiet.
    leak(Valve::AnklePerforator, 0.12, 14.0),
    leak(Valve::CalfPerforator, 0.15, 40.0),
];

impl LegParams {
    pub fn new(condition: LegCondition, stockings: Stockings) -> Self {
        use Compartment::*;
        // A collapse-pressure scale of 1 mmHg (fitted): veins flatten at a
        // few mmHg of negative transmural pressure (Magosso & Ursino 2002).
        let wall = |v0: f64, c: f64, vs: f64| VeinWall::new(v0, c, vs, 1.0);
        // Calf venous compliance is about 0.15 % of calf volume per mmHg
        // (clinical reference); a 1.2 L calf gives ≈ 1.8 mL/mmHg, shared here
        // between deep and superficial veins. Standing pools about 250 mL per
        // leg (volumetry, Phlebology 1998) across all four segments. The split
        // between segments and the stiffening volumes are fitted.
        let mut walls = PerCompartment::from_fn(|c| match c {
            Ankle => wall(12.0, 0.40, 80.0),
            CalfSuperficial => wall(35.0, 0.55, 150.0),
            CalfDeep => wall(55.0, 1.30, 250.0),
            Thigh => wall(90.0, 2.2, 300.0),
        });
        // Forward conductances (mL/s per mmHg), fitted: perforators and the
        // saphenous trunk are narrow, the deep axis is wide.
        let mut valves = PerValve::from_fn(|v| {
            ValveSpec::competent(match v {
                Valve::AnkleToSaphenous => 0.25,
                Valve::AnklePerforator => 0.12,
                Valve::CalfPerforator => 0.6,
                Valve::Saphenofemoral => 0.3,
                Valve::Popliteal => 2.0,
                Valve::Femoral => 5.0,
            })
        });
        let mut calf_strength = 1.0;
        let leaks: &[Leak] = match condition {
            LegCondition::Healthy => &[],
            LegCondition::SuperficialReflux => {
                // Varicose saphenous veins are dilated and more compliant
                // (fitted; dilation decouples fall from ejection fraction,
                // clinical reference's modelling hints).
                walls[CalfSuperficial] = wall(50.0, 1.1, 200.0);
                &SUPERFICIAL_LEAKS
            }
            LegCondition::DeepReflux => {
                // Post-thrombotic deep veins are wider (fitted).
                walls[CalfDeep] = wall(65.0, 2.0, 250.0);
                &DEEP_LEAKS
            }
            LegCondition::WeakCalf => {
                calf_strength = WEAK_CALF_STRENGTH;
                &[]
            }
        };
        // Compression narrows each covered vein (see NARROWING_PER_MMHG).
        for c in Compartment::ALL {
            let narrowed = 1.0 - NARROWING_PER_MMHG * stockings.pressure_on_mmhg(c);
            let w = walls[c];
            walls[c] = VeinWall::new(
                w.unstressed_volume_ml * narrowed,
                w.compliance_ml_per_mmhg,
                w.stiffening_volume_ml,
                w.collapse_pressure_mmhg,
            );
        }
        for l in leaks {
            // Reflux runs down into the vein below the valve: narrowed by a
            // stocking, it lets less back (the cusps' seat may lie above it).
            let (below, _) = l.valve.ends();
            let narrowed = 1.0 - NARROWING_PER_MMHG * stockings.pressure_on_mmhg(below);
            let spec = &mut valves[l.valve];
            spec.reflux_conductance_ml_s_per_mmhg =
                l.reflux_conductance_ml_s_per_mmhg * narrowed.powi(REFLUX_NARROWING_POWER);
            spec.cusps_meet_volume_ml = l.cusps_meet_volume_ml;
        }
        Self {
            walls,
            valves,
            skin_inflow_ml_s_per_mmhg: SKIN_INFLOW_ML_S_PER_MMHG,
            muscle_inflow_ml_s_per_mmhg: MUSCLE_INFLOW_ML_S_PER_MMHG,
            calf_strength,
            stockings,
            tissue: crate::tissue::Tissue::of(condition),
        }
    }

    /// The wall of one vein segment.
    #[inline]
    pub fn wall(&self, c: Compartment) -> &VeinWall {
        &self.walls[c]
    }

    /// How one valve behaves.
    #[inline]
    pub fn valve(&self, v: Valve) -> &ValveSpec {
        &self.valves[v]
    }
}
