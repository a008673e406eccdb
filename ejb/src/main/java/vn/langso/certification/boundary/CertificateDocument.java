package vn.langso.certification.boundary;

/** A certificate's PDF and the file name to download it as. */
public record CertificateDocument(String fileName, byte[] pdf) {}
