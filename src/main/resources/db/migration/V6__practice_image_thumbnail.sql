-- A small version of every image, for listings and the gallery.
alter table practice_image add column thumbnail bytea;
