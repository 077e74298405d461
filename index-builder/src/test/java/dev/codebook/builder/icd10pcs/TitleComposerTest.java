package dev.codebook.builder.icd10pcs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One code for each wording rule of the composer: the labels of its row in the FY2023 tables, and its title in the
 * FY2025 codes file (taken from both files as they stand). The full-data agreement is measured by FullPcsTablesTest.
 */
class TitleComposerTest {

    /** Code, the seven labels, section first, and the title CMS gives it, separated by "|". */
    private static final List<String> CODES = List.of(
            "3E050VJ|Administration|Physiological Systems and Anatomical Regions|Introduction|Peripheral Artery|Open"
                    + "|Hormone|Other Hormone|Introduction of Other Hormone into Peripheral Artery, Open Approach",
            "3E1M38X|Administration|Physiological Systems and Anatomical Regions|Irrigation|Peritoneal Cavity"
                    + "|Percutaneous|Irrigating Substance|Diagnostic|Irrigation of Peritoneal Cavity using Irrigating "
                    + "Substance, Percutaneous Approach, Diagnostic",
            "047F0D1|Medical and Surgical|Lower Arteries|Dilation|Internal Iliac Artery, Left|Open|Intraluminal Device"
                    + "|Drug-Coated Balloon|Dilation of Left Internal Iliac Artery with Intraluminal Device, using "
                    + "Drug-Coated Balloon, Open Approach",
            "04710Z1|Medical and Surgical|Lower Arteries|Dilation|Celiac Artery|Open|No Device|Drug-Coated Balloon"
                    + "|Dilation of Celiac Artery using Drug-Coated Balloon, Open Approach",
            "0KXM0Z0|Medical and Surgical|Muscles|Transfer|Perineum Muscle|Open|No Device|Skin"
                    + "|Transfer Perineum Muscle with Skin, Open Approach",
            "0HR1XJ4|Medical and Surgical|Skin and Breast|Replacement|Skin, Face|External|Synthetic Substitute"
                    + "|Partial Thickness|Replacement of Face Skin with Synthetic Substitute, Partial Thickness, "
                    + "External Approach",
            "0SRS039|Medical and Surgical|Lower Joints|Replacement|Hip Joint, Femoral Surface, Left|Open"
                    + "|Synthetic Substitute, Ceramic|Cemented|Replacement of Left Hip Joint, Femoral Surface with "
                    + "Ceramic Synthetic Substitute, Cemented, Open Approach",
            "0SR906A|Medical and Surgical|Lower Joints|Replacement|Hip Joint, Right|Open"
                    + "|Synthetic Substitute, Oxidized Zirconium on Polyethylene|Uncemented|Replacement of Right Hip "
                    + "Joint with Oxidized Zirconium on Polyethylene Synthetic Substitute, Uncemented, Open Approach",
            "024F07J|Medical and Surgical|Heart and Great Vessels|Creation|Aortic Valve|Open"
                    + "|Autologous Tissue Substitute|Truncal Valve|Creation of Aortic Valve from Truncal Valve using "
                    + "Autologous Tissue Substitute, Open Approach",
            "02UG07E|Medical and Surgical|Heart and Great Vessels|Supplement|Mitral Valve|Open"
                    + "|Autologous Tissue Substitute|Atrioventricular Valve, Left|Supplement Mitral Valve created from "
                    + "Left Atrioventricular Valve with Autologous Tissue Substitute, Open Approach",
            "02LW0DJ|Medical and Surgical|Heart and Great Vessels|Occlusion|Thoracic Aorta, Descending|Open"
                    + "|Intraluminal Device|Temporary|Occlusion of Thoracic Aorta, Descending with Intraluminal Device, "
                    + "Temporary, Open Approach",
            "30243X3|Administration|Circulatory|Transfusion|Central Vein|Percutaneous|Stem Cells, Cord Blood"
                    + "|Allogeneic, Unrelated|Transfusion of Allogeneic Unrelated Cord Blood Stem Cells into Central "
                    + "Vein, Percutaneous Approach",
            "0CRW070|Medical and Surgical|Mouth and Throat|Replacement|Upper Tooth|Open|Autologous Tissue Substitute"
                    + "|Single|Replacement of Upper Tooth, Single, with Autologous Tissue Substitute, Open Approach",
            "10Q07YL|Obstetrics|Pregnancy|Repair|Products of Conception|Via Natural or Artificial Opening"
                    + "|Other Device|Mouth and Throat|Repair Mouth and Throat in Products of Conception with Other "
                    + "Device, Via Natural or Artificial Opening",
            "10Y03ZF|Obstetrics|Pregnancy|Transplantation|Products of Conception|Percutaneous|No Device"
                    + "|Cardiovascular System|Transplantation of Cardiovascular System into Products of Conception, "
                    + "Percutaneous Approach",
            "4A1004G|Measurement and Monitoring|Physiological Systems|Monitoring|Central Nervous|Open"
                    + "|Electrical Activity|Intraoperative|Monitoring of Central Nervous Electrical Activity, "
                    + "Intraoperative, Open Approach",
            "8E0ZXY6|Other Procedures|Physiological Systems and Anatomical Regions|Other Procedures|None|External"
                    + "|Other Method|Isolation|Isolation",
            "XW013V7|New Technology|Anatomical Regions|Introduction|Subcutaneous Tissue|Percutaneous"
                    + "|COVID-19 Vaccine Dose 3|New Technology Group 7|Introduction of COVID-19 Vaccine Dose 3 into "
                    + "Subcutaneous Tissue, Percutaneous Approach, New Technology Group 7",
            "F003GKZ|Physical Rehabilitation and Diagnostic Audiology|Rehabilitation|Speech Assessment"
                    + "|Neurological System - Whole Body|Communicative/Cognitive Integration Skills|Audiovisual|None"
                    + "|Communicative/Cognitive Integration Skills Assessment of Neurological System - Whole Body using "
                    + "Audiovisual Equipment",
            "F0DZ7EZ|Physical Rehabilitation and Diagnostic Audiology|Rehabilitation|Device Fitting|None"
                    + "|Static Orthosis|Orthosis|None|Static Orthosis Device Fitting using Orthosis",
            "7W01X0Z|Osteopathic|Anatomical Regions|Treatment|Cervical|External|Articulatory-Raising|None"
                    + "|Osteopathic Treatment of Cervical Region using Articulatory-Raising Forces",
            "7W00X1Z|Osteopathic|Anatomical Regions|Treatment|Head|External|Fascial Release|None"
                    + "|Osteopathic Treatment of Head using Fascial Release",
            "9WB1XBZ|Chiropractic|Anatomical Regions|Manipulation|Cervical|External|Non-Manual|None"
                    + "|Chiropractic Manipulation of Cervical Region, Non-Manual",
            "0D570Z3|Medical and Surgical|Gastrointestinal System|Destruction|Stomach, Pylorus|Open|No Device"
                    + "|Laser Interstitial Thermal Therapy|Destruction of Stomach, Pylorus using Laser Interstitial "
                    + "Thermal Therapy, Open Approach",
            "10D20ZZ|Obstetrics|Pregnancy|Extraction|Products of Conception, Ectopic|Open|No Device|No Qualifier"
                    + "|Extraction of Products of Conception, Ectopic, Open Approach",
            "0RPJ0J6|Medical and Surgical|Upper Joints|Removal|Shoulder Joint, Right|Open|Synthetic Substitute"
                    + "|Humeral Surface|Removal of Synthetic Substitute from Right Shoulder Joint, Humeral Surface, "
                    + "Open Approach",
            "5A02110|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Assistance|"
                    + "Cardiac|Intermittent|Output|Balloon Pump|Assistance with Cardiac Output using Balloon Pump, Int"
                    + "ermittent",
            "5A0222C|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Assistance|"
                    + "Cardiac|Continuous|Oxygenation|Supersaturated|Assistance with Cardiac Oxygenation, Supersaturat"
                    + "ed",
            "5A05121|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Assistance|"
                    + "Circulatory|Intermittent|Oxygenation|Hyperbaric|Extracorporeal Hyperbaric Oxygenation, Intermit"
                    + "tent",
            "5A1522F|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Performance"
                    + "|Circulatory|Continuous|Oxygenation|Membrane, Central|Extracorporeal Oxygenation, Membrane, Cen"
                    + "tral",
            "5A15A2G|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Performance"
                    + "|Circulatory|Intraoperative|Oxygenation|Membrane, Peripheral Veno-arterial|Extracorporeal Oxyge"
                    + "nation, Membrane, Peripheral Veno-arterial, Intraoperative",
            "5A19054|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Performance"
                    + "|Respiratory|Single|Ventilation|Nonmechanical|Respiratory Ventilation, Single, Nonmechanical",
            "5A09457|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Assistance|"
                    + "Respiratory|24-96 Consecutive Hours|Ventilation|Continuous Positive Airway Pressure|Assistance "
                    + "with Respiratory Ventilation, 24-96 Consecutive Hours, Continuous Positive Airway Pressure",
            "5A1D70Z|Extracorporeal or Systemic Assistance and Performance|Physiological Systems|Performance"
                    + "|Urinary|Intermittent, Less than 6 Hours Per Day|Filtration|No Qualifier|Performance of Urinary"
                    + " Filtration, Intermittent, Less than 6 Hours Per Day",
            "6A550ZT|Extracorporeal or Systemic Therapies|Physiological Systems|Pheresis|Circulatory|Single|"
                    + "No Qualifier|Stem Cells, Cord Blood|Pheresis of Cord Blood Stem Cells, Single",
            "6A600ZZ|Extracorporeal or Systemic Therapies|Physiological Systems|Phototherapy|Skin|Single|No "
                    + "Qualifier|No Qualifier|Phototherapy of Skin, Single",
            "6A211ZZ|Extracorporeal or Systemic Therapies|Physiological Systems|Electromagnetic Therapy|Urin"
                    + "ary|Multiple|No Qualifier|No Qualifier|Electromagnetic Therapy, Urinary, Multiple",
            "6A3Z1ZZ|Extracorporeal or Systemic Therapies|Physiological Systems|Hyperthermia|None|Multiple|N"
                    + "o Qualifier|No Qualifier|Hyperthermia, Multiple",
            "6ABB0BZ|Extracorporeal or Systemic Therapies|Physiological Systems|Perfusion|Respiratory System"
                    + "|Single|Donor Organ|No Qualifier|Perfusion of Respiratory System Donor Organ, Single",
            "B221Z2Z|Imaging|Heart|Computerized Tomography (CT Scan)|Coronary Arteries, Multiple|None"
                    + "|Intravascular Optical Coherence|None|Computerized Tomography (CT Scan) of Multiple Coronary "
                    + "Arteries using Intravascular Optical Coherence",
            "BF5020Z|Imaging|Hepatobiliary System and Pancreas|Other Imaging|Bile Ducts|Fluorescing Agent"
                    + "|Indocyanine Green Dye|None|Other Imaging of Bile Ducts using Fluorescing Agent, Indocyanine "
                    + "Green Dye",
            "04LE0CT|Medical and Surgical|Lower Arteries|Occlusion|Internal Iliac Artery, Right|Open|Extralu"
                    + "minal Device|Uterine Artery, Right|Occlusion of Right Uterine Artery with Extraluminal Device, "
                    + "Open Approach",
            "06LY0CC|Medical and Surgical|Lower Veins|Occlusion|Lower Vein|Open|Extraluminal Device|Hemorrho"
                    + "idal Plexus|Occlusion of Hemorrhoidal Plexus with Extraluminal Device, Open Approach",
            "0HRT075|Medical and Surgical|Skin and Breast|Replacement|Breast, Right|Open|Autologous Tissue S"
                    + "ubstitute|Latissimus Dorsi Myocutaneous Flap|Replacement of Right Breast using Latissimus Dorsi"
                    + " Myocutaneous Flap, Open Approach",
            "0QBN0Z2|Medical and Surgical|Lower Bones|Excision|Metatarsal, Right|Open|No Device|Sesamoid Bon"
                    + "e(s) 1st Toe|Excision of Right Metatarsal, Sesamoid Bone(s) 1st Toe, Open Approach",
            "0QSN052|Medical and Surgical|Lower Bones|Reposition|Metatarsal, Right|Open|External Fixation De"
                    + "vice|Sesamoid Bone(s) 1st Toe|Reposition Right Metatarsal, Sesamoid Bone(s) 1st Toe, with Exter"
                    + "nal Fixation Device, Open Approach",
            "10D07Z3|Obstetrics|Pregnancy|Extraction|Products of Conception|Via Natural or Artificial Openin"
                    + "g|No Device|Low Forceps|Extraction of Products of Conception, Low Forceps, Via Natural or Artif"
                    + "icial Opening",
            "10900ZU|Obstetrics|Pregnancy|Drainage|Products of Conception|Open|No Device|Amniotic Fluid, Dia"
                    + "gnostic|Drainage of Amniotic Fluid, Diagnostic from Products of Conception, Open Approach",
            "4A003BD|Measurement and Monitoring|Physiological Systems|Measurement|Central Nervous|Percutaneo"
                    + "us|Pressure|Intracranial|Measurement of Intracranial Pressure, Percutaneous Approach",
            "4A0ZX6Z|Measurement and Monitoring|Physiological Systems|Measurement|None|External|Metabolism|N"
                    + "o Qualifier|Measurement of Metabolism, External Approach",
            "8E09XY8|Other Procedures|Physiological Systems and Anatomical Regions|Other Procedures|Head and"
                    + " Neck Region|External|Other Method|Suture Removal|Suture Removal from Head and Neck Region",
            "2Y02X5Z|Placement|Anatomical Orifices|Change|Ear|External|Packing Material|No Qualifier|Change "
                    + "Ear Packing Material",
            "2Y52X5Z|Placement|Anatomical Orifices|Removal|Ear|External|Packing Material|No Qualifier|Remova"
                    + "l of Ear Packing Material",
            "BY49ZZZ|Imaging|Fetus and Obstetrical|Ultrasonography|First Trimester, Single Fetus|None|None|N"
                    + "one|Ultrasonography of First Trimester, Single Fetus",
            "0UT90ZL|Medical and Surgical|Female Reproductive System|Resection|Uterus|Open|No Device|Suprace"
                    + "rvical|Resection of Uterus, Supracervical, Open Approach",
            "02C03Z7|Medical and Surgical|Heart and Great Vessels|Extirpation|Coronary Artery, One Artery|Pe"
                    + "rcutaneous|No Device|Orbital Atherectomy Technique|Extirpation of Matter from Coronary Artery, "
                    + "One Artery, Orbital Atherectomy Technique, Percutaneous Approach",
            "04V00EZ|Medical and Surgical|Lower Arteries|Restriction|Abdominal Aorta|Open|Intraluminal Devic"
                    + "e, Branched or Fenestrated, One or Two Arteries|No Qualifier|Restriction of Abdominal Aorta wit"
                    + "h Branched or Fenestrated Intraluminal Device, One or Two Arteries, Open Approach",
            "0SRC0L9|Medical and Surgical|Lower Joints|Replacement|Knee Joint, Right|Open|Synthetic Substitu"
                    + "te, Unicondylar Medial|Cemented|Replacement of Right Knee Joint with Medial Unicondylar Synthet"
                    + "ic Substitute, Cemented, Open Approach",
            "DWY5GGZ|Radiation Therapy|Anatomical Regions|Other Radiation|Whole Body|Isotope Administration|"
                    + "Strontium 89 (Sr-89)|None|Isotope Administration to Whole Body using Strontium 89 (Sr-89)",
            "XW133B8|New Technology|Anatomical Regions|Transfusion|Peripheral Vein|Percutaneous|Betibeglogen"
                    + "e Autotemcel|New Technology Group 8|Transfusion of Betibeglogene Autotemcel into Peripheral Vei"
                    + "n, Percutaneous Approach, New Technology Group 8",
            "10A07Z6|Obstetrics|Pregnancy|Abortion|Products of Conception|Via Natural or Artificial Opening|"
                    + "No Device|Vacuum|Abortion of Products of Conception, Vacuum, Via Natural or Artificial Opening",
            "02HA0RS|Medical and Surgical|Heart and Great Vessels|Insertion|Heart|Open|Short-term External H"
                    + "eart Assist System|Biventricular|Insertion of Biventricular Short-term External Heart Assist Sy"
                    + "stem into Heart, Open Approach",
            "XRGE058|New Technology|Joints|Fusion|Sacroiliac Joint, Right|Open|Internal Fixation Device with"
                    + " Tulip Connector|New Technology Group 8|Fusion of Right Sacroiliac Joint using Internal Fixatio"
                    + "n Device with Tulip Connector, Open Approach, New Technology Group 8",
            "XXE3X27|New Technology|Physiological Systems|Measurement|Arterial|External|Pulmonary Artery Flow, "
                    + "Computer-aided Triage and Notification|New Technology Group 7|Measurement of Pulmonary Artery "
                    + "Flow, Computer-aided Triage and Notification, New Technology Group 7",
            "XY0VX83|New Technology|Extracorporeal|Introduction|Vein Graft|External|Endothelial Damage Inhibitor"
                    + "|New Technology Group 3|Extracorporeal Introduction of Endothelial Damage Inhibitor to Vein "
                    + "Graft, New Technology Group 3",
            "X27H395|New Technology|Cardiovascular System|Dilation|Femoral Artery, Right|Percutaneous"
                    + "|Intraluminal Device, Sustained Release Drug-eluting, Two|New Technology Group 5|Dilation of "
                    + "Right Femoral Artery with Two Sustained Release Drug-eluting Intraluminal Devices, Percutaneous "
                    + "Approach, New Technology Group 5",
            "XY0YX37|New Technology|Extracorporeal|Introduction|Extracorporeal|External|Nafamostat Anticoagulant"
                    + "|New Technology Group 7|Extracorporeal Introduction of Nafamostat Anticoagulant, New Technology "
                    + "Group 7");

    @Test
    void composesEachRuleAsTheCodesFileWordsIt() {
        assertAll(CODES.stream().map(line -> line.split("\\|")).map(fields -> () -> assertEquals(fields[8],
                TitleComposer.compose(fields[0].charAt(0), Arrays.asList(fields).subList(1, 8)), fields[0])));
    }

    @Test
    void sidesLeadAndTheRestOfALabelKeepsItsOrder() {
        assertAll(Stream.of(
                new String[] {"Vertebral Artery, Left", "Left Vertebral Artery"},
                new String[] {"Lymphatic, Internal Mammary, Right", "Right Internal Mammary Lymphatic"},
                new String[] {"Hip Joint, Femoral Surface, Left", "Left Hip Joint, Femoral Surface"},
                new String[] {"Kidney, Ureter and Bladder, Right", "Right Kidney, Ureter and Bladder"},
                new String[] {"Intraluminal Device, Drug-eluting, Two", "Two Drug-eluting Intraluminal Devices"},
                new String[] {"Thoracic Aorta, Arch", "Thoracic Aorta, Arch"},
                new String[] {"Tongue, Palate, Pharynx Muscle", "Tongue, Palate, Pharynx Muscle"},
                new String[] {"Subcutaneous Tissue and Fascia, Head and Neck",
                    "Head and Neck Subcutaneous Tissue and Fascia"},
                new String[] {"Chest, Abdomen and Pelvis", "Chest, Abdomen and Pelvis"},
                new String[] {"Hepatobiliary System, All", "Hepatobiliary System, All"},
                new String[] {"Teeth, All", "All Teeth"})
                .map(pair -> () -> assertEquals(pair[1], TitleComposer.natural(pair[0]), pair[0])));
    }

    @Test
    void devicesAreNamedAsTheTitlesNameThem() {
        assertAll(Stream.of(
                new String[] {"Intraluminal Device, Endobronchial Valve", "Endobronchial Valve"},
                new String[] {"Intraluminal Device, Drug-eluting, Two", "Two Drug-eluting Intraluminal Devices"})
                .map(pair -> () -> assertEquals(pair[1], TitleComposer.device(pair[0]), pair[0])));
    }
}
