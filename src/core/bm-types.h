/* bm-types.h: forward declarations and enumerations of the Backmap model
 *
 * Copyright 2026 The Backmap authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _BmCatalog        BmCatalog;
typedef struct _BmCause          BmCause;
typedef struct _BmPainSource     BmPainSource;
typedef struct _BmPainType       BmPainType;
typedef struct _BmRedFlag        BmRedFlag;
typedef struct _BmRegion         BmRegion;
typedef struct _BmRoutine        BmRoutine;
typedef struct _BmRoutineItem    BmRoutineItem;
typedef struct _BmRoutineRun     BmRoutineRun;
typedef struct _BmSource         BmSource;
typedef struct _BmSpot           BmSpot;
typedef struct _BmStep           BmStep;
typedef struct _BmSynonym        BmSynonym;
typedef struct _BmTechnique      BmTechnique;
typedef struct _BmTechniqueFit   BmTechniqueFit;
typedef struct _BmTip            BmTip;
typedef struct _BmCarePlan       BmCarePlan;
typedef struct _BmDiary          BmDiary;
typedef struct _BmDiaryEntry     BmDiaryEntry;

/* Sides are those of the patient: the map is seen from behind. */
typedef enum /*< flags >*/
{
  BM_SIDE_LEFT   = 1 << 0,
  BM_SIDE_RIGHT  = 1 << 1,
  BM_SIDE_CENTER = 1 << 2,
} BmSide;

#define BM_SIDE_ALL (BM_SIDE_LEFT | BM_SIDE_RIGHT | BM_SIDE_CENTER)

/* A condition can be the cause; a risk factor only makes back pain likelier. */
typedef enum
{
  BM_CAUSE_KIND_CONDITION,
  BM_CAUSE_KIND_RISK_FACTOR, /*< nick=risk-factor >*/
} BmCauseKind;

typedef enum
{
  BM_REGION_KIND_BACK,
  BM_REGION_KIND_REFERRED,
} BmRegionKind;

typedef enum /*< prefix=BM_PAIN_SOURCE_KIND >*/
{
  BM_PAIN_SOURCE_KIND_MUSCLE,
  BM_PAIN_SOURCE_KIND_JOINT,
  BM_PAIN_SOURCE_KIND_NERVE_ROOT, /*< nick=nerve-root >*/
  BM_PAIN_SOURCE_KIND_ORGAN,
  BM_PAIN_SOURCE_KIND_TENDON,
} BmPainSourceKind;

/* Muscles under others are drawn dashed on the map and painted last in its hit map. */
typedef enum
{
  BM_MUSCLE_DEPTH_SUPERFICIAL,
  BM_MUSCLE_DEPTH_DEEP,
} BmMuscleDepth;

typedef enum
{
  BM_TECHNIQUE_KIND_PROFESSIONAL,
  BM_TECHNIQUE_KIND_SELF,
} BmTechniqueKind;

typedef enum /*< flags >*/
{
  BM_EQUIPMENT_NONE      = 1 << 0,
  BM_EQUIPMENT_BALL      = 1 << 1,
  BM_EQUIPMENT_ROLLER    = 1 << 2,
  BM_EQUIPMENT_STICK     = 1 << 3,
  BM_EQUIPMENT_PARTNER   = 1 << 4,
  BM_EQUIPMENT_HEAT      = 1 << 5,
  BM_EQUIPMENT_PLATFORM  = 1 << 6,
  BM_EQUIPMENT_MAT       = 1 << 7,
  BM_EQUIPMENT_THERAPIST = 1 << 8,
} BmEquipment;

typedef enum
{
  BM_INTENSITY_GENTLE,
  BM_INTENSITY_MODERATE,
  BM_INTENSITY_FIRM,
} BmIntensity;

/* Ordered from the strongest evidence down. */
typedef enum
{
  BM_EVIDENCE_MODERATE,
  BM_EVIDENCE_LOW,
  BM_EVIDENCE_VERY_LOW, /*< nick=very-low >*/
  BM_EVIDENCE_NONE,
} BmEvidence;

/* Ordered from the most urgent down. */
typedef enum
{
  BM_URGENCY_EMERGENCY,
  BM_URGENCY_TODAY,
  BM_URGENCY_SOON,
} BmUrgency;

/* Where a routine is: each timed item counts 3-2-1 before its hold, then rests. */
typedef enum
{
  BM_ROUTINE_PHASE_READY,
  BM_ROUTINE_PHASE_COUNTDOWN,
  BM_ROUTINE_PHASE_HOLD,
  BM_ROUTINE_PHASE_REST,
  BM_ROUTINE_PHASE_DONE,
} BmRoutinePhase;

/* How pain feels, as a diary entry records it for one region. */
typedef enum /*< prefix=BM_PAIN_QUALITY >*/
{
  BM_PAIN_QUALITY_UNSAID,
  BM_PAIN_QUALITY_ACHING,
  BM_PAIN_QUALITY_BURNING,
  BM_PAIN_QUALITY_SHOOTING,
  BM_PAIN_QUALITY_TINGLING,
  BM_PAIN_QUALITY_STIFFNESS,
  BM_PAIN_QUALITY_CRAMPING,
} BmPainQuality;

/* Whether something the user did helped, as a diary entry records it. */
typedef enum
{
  BM_HELPED_UNSAID,
  BM_HELPED_YES,
  BM_HELPED_A_LITTLE, /*< nick=a-little >*/
  BM_HELPED_NO,
} BmHelped;

G_END_DECLS
