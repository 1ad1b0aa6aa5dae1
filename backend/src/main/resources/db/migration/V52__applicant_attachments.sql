-- An application may carry the applicant's own material (PDF or images) besides the office's reply
-- documents: the applicant sees their own at once, the reply's only once it is sent.
ALTER TABLE request_document ADD COLUMN from_applicant boolean NOT NULL DEFAULT false;
