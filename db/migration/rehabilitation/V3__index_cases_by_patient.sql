-- A patient's cases whatever their stage: the FHIR API's reads of one patient and the Bulk Data
-- export's reads of a page of patients (issue 17) found only the partial index of open cases and
-- scanned the table.
CREATE INDEX case_file_by_patient ON case_file (patient_id, case_number);
