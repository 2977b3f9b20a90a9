-- Demo officers seeded before certificates carried a validity date: their demo certificates run to the end of 2030.
UPDATE users SET certificate_expires_on = '2030-12-31' WHERE demo AND certificate_no IS NOT NULL AND certificate_expires_on IS NULL;
