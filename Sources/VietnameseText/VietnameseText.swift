// VietnameseText: pure text handling for Vietnamese (see files in this folder).
