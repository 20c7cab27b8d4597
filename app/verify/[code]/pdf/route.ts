// The certificate as a one-page PDF download; unknown codes get the same 404 as the verify page.
import { certificatePdf } from "@/lib/certificates/pdf";
import { findPublicCertificate } from "@/lib/server/certificates/lookup";
import { baseUrl, certificateUrls } from "@/lib/server/certificates/urls";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const { code } = await params;
  const cert = await findPublicCertificate(code);
  if (!cert) return new Response("No such certificate.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const urls = certificateUrls(baseUrl(request.headers), cert.code);
  const bytes = await certificatePdf(cert, urls.verify);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="basis-certificate-${cert.code}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
