//! Fluid between the ankle's capillaries and its tissue: Starling filtration
//! out of the skin capillaries, against tissue pressure raised by oedema and
//! by a stocking, and lymph drainage back, helped by the calf pump. One place
//! for both, used step by step by [`crate::Simulation`] and minute by minute
//! by [`crate::day`]. Venous disease makes capillaries leakier and, after a
//! thrombosis, lymph slower ([`Tissue`]).

/// Skin capillary pressure above the ankle vein pressure (mmHg): capillaries
/// sit upstream of the venules by roughly this much (Levick & Michel 2010:
/// venular capillary pressure a few mmHg above venous; the value is fitted).
const CAPILLARY_ABOVE_VENOUS_MMHG: f64 = 8.0;
/// Plasma minus tissue colloid osmotic pressure, times the reflection
/// coefficient (mmHg): what holds fluid in the capillary (Starling; Levick &
/// Michel 2010, Cardiovasc Res 87:198–210).
const ONCOTIC_HOLD_MMHG: f64 = 18.0;
/// Filtration coefficient of the lower-leg skin and subcutis (mL/s per mmHg):
/// about 0.0066 mL/min per mmHg per 100 mL over ~300 mL of tissue.
const FILTRATION_ML_S_PER_MMHG: f64 = 0.00033;
/// Tissue pressure rise per mL of oedema (mmHg/mL): a stiff subcutis. Fitted.
const TISSUE_MMHG_PER_ML: f64 = 0.15;
/// Resting lymph flow from the lower leg (mL/s), about 0.25 mL/min. Fitted
/// to the order of magnitude of resting leg lymph flow (Levick & Michel 2010).
const LYMPH_REST_ML_S: f64 = 0.004;
/// Lymph flow while the calf contracts, as a multiple of rest: the muscle
/// pump drives lymph as well as blood, and leg lymph flow rises several-fold
/// with exercise (Levick & Michel 2010). The factor itself is fitted.
const LYMPH_PUMPING_MULTIPLE: f64 = 3.0;
/// Swelling (mL) that doubles lymph flow: lymphatics drain more as tissue
/// fluid builds (the lymph "safety factor", Levick & Michel 2010). Fitted.
const LYMPH_DOUBLING_SWELLING_ML: f64 = 20.0;

/// How a leg's small vessels handle fluid: what venous disease changes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tissue {
    /// Capillary filtration coefficient as a multiple of a healthy leg's.
    pub filtration_multiple: f64,
    /// Lymph transport as a multiple of a healthy leg's.
    pub lymph_multiple: f64,
    /// How many times lymph flow rises while the calf pumps.
    pub lymph_pumping_multiple: f64,
}

/// Capillary filtration coefficient of a leg after a deep vein thrombosis,
/// against a healthy leg's: 0.0037 vs 0.0026 mL/min per 100 g per mmHg,
/// measured at the calf by strain-gauge plethysmography (Scand J Clin Lab
/// Invest 1990;50:331–336): the microangiopathy of venous hypertension makes
/// capillaries leakier.
const DEEP_REFLUX_FILTRATION_MULTIPLE: f64 = 1.42;
/// The same for varicose veins (superficial reflux): raised, less than
/// after a thrombosis (capillary permeability rises in chronic venous
/// insufficiency, Del Guercio 2016 Acta Phlebol 17:52–57). Fitted to band D1
/// (swelling of a leaky-surface leg at least 1.15 × a healthy leg's).
const SUPERFICIAL_REFLUX_FILTRATION_MULTIPLE: f64 = 1.25;
/// Lymph transport after a thrombosis: a lymphoscintigraphic transport
/// index of 148 against 203 in healthy legs (Cariati 2010, Open Cardiovasc
/// Med J 4:67–71).
const DEEP_REFLUX_LYMPH_MULTIPLE: f64 = 0.73;
/// How much lymph flow rises while the calf pumps in a post-thrombotic leg:
/// every post-phlebitic leg showed abnormal lymph flow (Collins et al. 1989,
/// J Vasc Surg 9:145–152), and a calf that cannot empty the veins (band B8)
/// does not unload the tissue either. Fitted to band D4 (walking all day
/// with leaky deep veins swells the ankle no less than sitting all day).
const DEEP_REFLUX_LYMPH_PUMPING_MULTIPLE: f64 = 1.3;

impl Tissue {
    /// A healthy leg's small vessels.
    pub const HEALTHY: Tissue = Tissue {
        filtration_multiple: 1.0,
        lymph_multiple: 1.0,
        lymph_pumping_multiple: LYMPH_PUMPING_MULTIPLE,
    };

    /// The small vessels of a leg in `condition`.
    pub fn of(condition: crate::LegCondition) -> Tissue {
        use crate::LegCondition::*;
        match condition {
            Healthy | WeakCalf => Tissue::HEALTHY,
            SuperficialReflux => Tissue {
                filtration_multiple: SUPERFICIAL_REFLUX_FILTRATION_MULTIPLE,
                ..Tissue::HEALTHY
            },
            DeepReflux => Tissue {
                filtration_multiple: DEEP_REFLUX_FILTRATION_MULTIPLE,
                lymph_multiple: DEEP_REFLUX_LYMPH_MULTIPLE,
                lymph_pumping_multiple: DEEP_REFLUX_LYMPH_PUMPING_MULTIPLE,
            },
        }
    }

    /// Fluid filtered from the skin capillaries into the ankle tissue
    /// (mL/s), at ankle vein pressure `ankle_mmhg`, with `swelling_ml` of
    /// oedema already there and a stocking pressing `stocking_mmhg` on the
    /// ankle. Never more than the blood reaching the skin (`skin_inflow_ml_s`).
    #[inline]
    pub fn filtration_ml_s(
        &self,
        ankle_mmhg: f64,
        skin_inflow_ml_s: f64,
        swelling_ml: f64,
        stocking_mmhg: f64,
    ) -> f64 {
        let tissue = TISSUE_MMHG_PER_ML * swelling_ml + stocking_mmhg;
        let capillary = ankle_mmhg + CAPILLARY_ABOVE_VENOUS_MMHG;
        (self.filtration_multiple
            * FILTRATION_ML_S_PER_MMHG
            * (capillary - tissue - ONCOTIC_HOLD_MMHG))
            .max(0.0)
            .min(skin_inflow_ml_s)
    }

    /// Lymph drained from the ankle tissue (mL/s) with `swelling_ml` of
    /// oedema, faster while the calf pumps. With no oedema, lymph takes only
    /// what is filtered: it cannot drain fluid that is not there.
    #[inline]
    pub fn lymph_ml_s(&self, swelling_ml: f64, calf_pumping: bool, filtration_ml_s: f64) -> f64 {
        let moving = if calf_pumping {
            self.lymph_pumping_multiple
        } else {
            1.0
        };
        let lymph = LYMPH_REST_ML_S
            * self.lymph_multiple
            * moving
            * (1.0 + swelling_ml * (1.0 / LYMPH_DOUBLING_SWELLING_ML));
        if swelling_ml > 0.0 {
            lymph
        } else {
            lymph.min(filtration_ml_s)
        }
    }
}
