#include "lessonlibrary.h"

#include "languagepack.h"

#include <QCoreApplication>
#include <QFile>

namespace SipLab {

const char *const LessonLibrary::Context = "SipLab::Lessons";

namespace {


// Each lesson: id, the RFC section it follows, title, goals (one a line), introduction. The
// scenario is resources/lessons/<id>.json; its ladder is pinned in tests/data/lessons/<id>.txt.
// The introduction says where the simulated flow differs from the RFC 3665 one.
const QList<Lesson> LessonTable = {
    {"rfc3665-2.1-registration-401", "RFC 3665 2.1",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Successful new registration"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Explain why a registrar answers the first REGISTER with 401 Unauthorized.\n"
                 "Read the WWW-Authenticate challenge and the Authorization answer (Digest).\n"
                 "See that the retried REGISTER keeps the Call-ID and raises the CSeq."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "The UA registers its contact address with the registrar (here the proxy P1 acts as registrar). "
                 "The registrar does not know the UA yet and challenges it with 401 and a WWW-Authenticate header "
                 "(RFC 3261 22.2). The UA computes a Digest response from its password and sends the REGISTER again "
                 "with CSeq 2 and an Authorization header; the registrar stores the binding and answers 200 OK with "
                 "the contact and its expiry (RFC 3261 10.3). Difference from RFC 3665: the simulation uses UDP, "
                 "and the registering user is alice@atlanta.example instead of bob@biloxi.example.com.")},
    {"rfc3665-2.2-registration-update", "RFC 3665 2.2",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Update of contact list"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Add a second contact to an existing registration.\n"
                 "See that the registrar's 200 OK lists every current binding with its expiry."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "The UA is already registered (as in lesson 2.1) and adds a second contact, a mailto: URI, to its "
                 "address of record. The registrar answers 200 OK listing both bindings, the old SIP contact and "
                 "the new one (RFC 3261 10.2.1, 10.3 step 8). Differences from RFC 3665: there the REGISTER keeps the "
                 "Call-ID of the registration in 2.1 and carries the Authorization from its challenge (its CSeq is 1, "
                 "as here); the simulation starts a new Call-ID and its registrar does not challenge. The RFC uses "
                 "TLS, the simulation UDP.")},
    {"rfc3665-2.3-registration-query", "RFC 3665 2.3",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Request for current contact list"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Query a registrar: a REGISTER without a Contact header changes nothing.\n"
                 "Read the bindings the registrar returns in the 200 OK."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A REGISTER with no Contact header field asks the registrar which bindings it holds for the "
                 "address of record, without changing them (RFC 3261 10.2.3). The 200 OK lists the current contact "
                 "with its remaining expiry. Difference from RFC 3665: no Authorization header and a new Call-ID, "
                 "as in lesson 2.2.")},
    {"rfc3665-2.4-registration-cancel", "RFC 3665 2.4",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Cancellation of registration"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Remove every binding with Contact: * and Expires: 0.\n"
                 "See that the 200 OK then lists no contact."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "The UA removes all its bindings: the REGISTER carries the special value \"Contact: *\", which is "
                 "only allowed together with Expires: 0 (RFC 3261 10.2.2). The registrar deletes the bindings and "
                 "its 200 OK carries no Contact, since none is left (10.3 step 6 and 8). Difference from RFC 3665: "
                 "no Authorization header and a new Call-ID, as in lesson 2.2.")},
    {"rfc3665-2.5-registration-unsuccessful", "RFC 3665 2.5",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Unsuccessful registration"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Recognise refused credentials: a second 401 after an authenticated REGISTER.\n"
                 "Explain why the UA must not retry with the same credentials again."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "As in lesson 2.1 the registrar challenges the first REGISTER with 401. The UA answers with "
                 "credentials, but its password is not the one the registrar holds, so the Digest response does not "
                 "match and the registrar challenges again with 401. Retrying with the same credentials would fail "
                 "again, so the UA stops and reports the failure (RFC 3261 22.2). In the simulation the wrong "
                 "password is set with the scenario field uac.serverPassword.")},
    {"rfc3665-3.1-session", "RFC 3665 3.1",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Successful session establishment"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Follow the three-way handshake INVITE / 200 OK / ACK between two user agents.\n"
                 "See the offer in the INVITE and the answer in the 200 OK (SDP).\n"
                 "Explain why the BYE can come from the callee."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice calls Bob directly, without proxies. Bob's phone rings (180 Ringing), he answers with "
                 "200 OK carrying his SDP answer, which confirms the dialog, and Alice acknowledges it with ACK, "
                 "completing the three-way handshake (RFC 3261 13.2.2.4). Either side may end the session: here Bob hangs up with BYE and Alice "
                 "answers 200 OK (15.1). Difference from RFC 3665: UDP instead of TCP; the callee answers 180 "
                 "within 200 ms, so it sends no 100 Trying, as in the RFC.")},
    {"rfc3665-3.2-two-proxies", "RFC 3665 3.2",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Session establishment through two proxies"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Follow an INVITE through the caller's proxy and the callee's proxy.\n"
                 "See the 407 challenge of the first proxy and the retried INVITE with Proxy-Authorization.\n"
                 "See how Record-Route keeps both proxies in the path of ACK and BYE."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice's proxy P1 requires authentication: it answers the first INVITE with 407 Proxy "
                 "Authentication Required, Alice acknowledges it and sends the INVITE again with "
                 "Proxy-Authorization and CSeq 2 (RFC 3261 22.3). Each proxy answers 100 Trying hop by hop, adds "
                 "Record-Route and forwards; P2, responsible for biloxi, sends the request to Bob's registered "
                 "contact (16.5). The 180 and 200 travel back along the Via path, ACK and BYE follow the route set "
                 "through both proxies. Bob hangs up, as in the RFC. Apart from the order of a proxy's 100 Trying and the "
                 "INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 "
                 "(F1-F23). Difference: UDP instead of TCP.")},
    {"rfc3665-3.3-multiple-proxy-auth", "RFC 3665 3.3",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Session with multiple proxy authentication"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See two proxies challenge the same caller, each for its own realm.\n"
                 "Explain why the third INVITE carries two Proxy-Authorization headers and CSeq 3."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Both proxies require authentication. P1 challenges the first INVITE with 407 (realm of "
                 "atlanta). The second INVITE, with credentials for P1, passes P1 but P2 challenges it with its own "
                 "407 (realm of biloxi); P1 acknowledges that 407 and forwards it to Alice. Alice keeps the "
                 "credentials for P1 and adds those for P2, so the third INVITE (CSeq 3) carries two "
                 "Proxy-Authorization headers and reaches Bob (RFC 3261 22.3). Bob answers at once with 200 OK, "
                 "without ringing, and the flow ends when Alice's ACK reaches him: the RFC's message list (F1-F21) "
                 "ends there too, although its text says that Bob hangs up later. The ladder is message for message "
                 "that of RFC 3665, in the same order and over UDP as there.")},
    {"rfc3665-3.4-proxy-failure", "RFC 3665 3.4",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Successful session with proxy failure"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See an INVITE retransmitted by Timer A until Timer B gives up on a proxy that is down.\n"
                 "Follow the caller's failover to its alternate proxy with a new branch (RFC 3263 4.3).\n"
                 "Recognise why a request that got no response at all may be tried at another server."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice's primary proxy P1 is down. Her INVITE gets no answer, so her transaction retransmits "
                 "it (Timer A: 0.5, 1, 2, 4, 8 and 16 s) until Timer B fires after 64*T1 = 32 s: seven INVITEs in all "
                 "(RFC 3261 17.1.1.2). A transaction that never received any response is a failure of that server, so "
                 "Alice sends the same request, with a new Via branch, to her secondary proxy P2 (RFC 3263 4.3). P2 "
                 "challenges her with 407, she retries with Proxy-Authorization, Bob answers, and later Bob hangs up. "
                 "The ladder is message for message that of RFC 3665 (F1-F23) apart from the order of P2's 100 Trying "
                 "and the INVITE it forwards at the same instant. Difference: following RFC 3263 4.3 the request to P2 "
                 "keeps the Call-ID and CSeq (\"identical to the previous\"), where the RFC 3665 example starts a new "
                 "Call-ID.")},
    {"rfc3665-3.5-alg", "RFC 3665 3.5",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Session through a SIP ALG"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Follow a call through an application layer gateway reached by a pre-loaded Route.\n"
                 "Compare the SDP before and after the ALG: its address and port replace the phone's.\n"
                 "Explain why the ACK and BYE pass the ALG but not Proxy 2, which does not record-route."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice reaches Bob through an ALG (a firewall's SIP gateway) and Proxy 2. Her INVITE carries a "
                 "pre-loaded Route to the ALG, which forwards it, record-routes, and rewrites the SDP: the connection "
                 "address and media port become its own, so that the media flows through it (in F2 and again in the "
                 "200 OK towards Alice). Proxy 2 does not record-route, so the ACK and the BYE go from the ALG straight "
                 "to Bob. The ladder is message for message that of RFC 3665 (F1-F17) apart from the order of a 100 "
                 "Trying and the INVITE forwarded at the same instant. Difference: the RFC's INVITE also carries "
                 "Proxy-Authorization from an earlier challenge, which the simulation leaves out.")},
    {"rfc3665-3.6-redirect-302", "RFC 3665 3.6",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Session via a redirect server (302)"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Recognise a redirect server: it answers 3xx with a Contact instead of forwarding.\n"
                 "Follow the UAC's new INVITE to the Contact address (new branch, CSeq + 1, same Call-ID).\n"
                 "See an INVITE without SDP: the 200 OK carries the offer and the ACK the answer."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A redirect server (lane RS), separate from the proxy, answers Alice's INVITE with 302 Moved "
                 "Temporarily and Bob's current contact (RFC 3261 8.3). Alice acknowledges the 302 and sends a new "
                 "INVITE, with CSeq 2 and the same Call-ID, to the Contact address through the proxy P2 (8.1.3.4), "
                 "which record-routes and forwards it to Bob. As in the RFC, neither INVITE carries SDP: Bob's 200 OK "
                 "carries the offer and Alice's ACK the answer (13.2.2.4). Bob hangs up. Apart from the order of P2's "
                 "100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that "
                 "of RFC 3665 (F1-F16). Differences: the RFC uses UDP towards the redirect server and TCP afterwards, "
                 "the simulation UDP throughout; the RFC's 302 names Bob's address in the domain of Proxy 3, which "
                 "Proxy 3 then looks up, while the simulation's 302 names Bob's device itself.")},
    {"rfc3665-3.7-re-invite", "RFC 3665 3.7",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Session with re-INVITE"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Change an established session with a re-INVITE inside the dialog, sent here by the callee.\n"
                 "See that the re-INVITE has the dialog's tags, the sender's own CSeq and a new SDP version.\n"
                 "Explain why a proxy that does not record-route sees nothing after the first exchange."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice calls Bob through a proxy (P1, Proxy 2 in the RFC) that does not record-route, so it "
                 "leaves the path once the call is set up: the ACK and every later request go straight between the "
                 "two phones (RFC 3261 16.6 step 4, 12.1.2). Once the call is up, Bob sends a re-INVITE inside the "
                 "dialog: same Call-ID and tags, a CSeq of his own, and a new SDP offer with a higher version (RFC "
                 "3261 14.1). Alice accepts it with 200 OK and her answer, Bob acknowledges it with ACK, and later "
                 "Alice hangs up with BYE. Apart from the order of the proxy's 100 Trying and the INVITE it forwards "
                 "at the same instant, the ladder is message for message that of RFC 3665 (F1-F13, over UDP as "
                 "there). Difference: in the RFC the re-INVITE announces Bob's new IP address; the simulation's "
                 "re-INVITE keeps the address and puts the call on hold (a=sendonly).")},
    {"rfc3665-3.8-no-answer-cancel", "RFC 3665 3.8",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Unsuccessful no answer (CANCEL, 487)"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Cancel a ringing call with CANCEL.\n"
                 "Explain why each hop answers the CANCEL with 200 OK itself.\n"
                 "See the INVITE end with 487 Request Terminated, acknowledged hop by hop."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Bob's phone rings but nobody answers, and Alice gives up: she sends CANCEL with the INVITE's branch "
                 "and CSeq number (RFC 3261 9.1). Each proxy answers the CANCEL with 200 OK itself and cancels its own "
                 "branch downstream (16.10). Bob answers the CANCEL with 200 OK and the INVITE with 487 Request "
                 "Terminated (9.2), which is acknowledged on each hop. Apart from the order of a proxy's 100 Trying "
                 "and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 "
                 "(F1-F20, over UDP). Difference: the RFC's INVITE already carries Proxy-Authorization from an earlier "
                 "challenge; here the proxies do not challenge.")},
    {"rfc3665-3.9-busy-486", "RFC 3665 3.9",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Unsuccessful busy (486)"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Follow a final error response back through two proxies.\n"
                 "Explain why a 3xx-6xx response is acknowledged hop by hop, not end to end."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Bob is busy and answers 486 Busy Here at once. Each proxy's client transaction acknowledges the "
                 "486 itself (RFC 3261 17.1.1.3) and its server transaction sends it on upstream (16.7), so there "
                 "are three ACKs, one per hop. Differences from RFC 3665: UDP instead of TCP; the RFC's INVITE already "
                 "carries Proxy-Authorization from an earlier challenge, here the proxies do not challenge; at the "
                 "same instant the simulation lists a proxy's 100 Trying before the INVITE it forwards, the RFC lists "
                 "them the other way round.")},
    {"rfc3665-3.10-no-response-408", "RFC 3665 3.10",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Unsuccessful no response from user agent (408)"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See Timer A retransmit the INVITE with doubling intervals over UDP.\n"
                 "Explain why the proxy, not the callee, sends 408 Request Timeout."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Bob's phone is unreachable and never answers. The INVITE client transaction of P2, Bob's proxy, "
                 "retransmits the INVITE at intervals of 0.5, 1, 2, 4, 8 and 16 s (Timer A doubles, RFC 3261 "
                 "17.1.1.2); when Timer B fires after 64*T1 the branch has timed out and P2 must answer 408 Request "
                 "Timeout upstream (16.7 step 6; the timeout counts as a 408 from that branch, 16.6 step 7). P1 "
                 "acknowledges it and passes it on to Alice, who acknowledges it too. Apart from the order of a "
                 "proxy's 100 Trying and the INVITE it forwards at the same instant, the ladder is message for "
                 "message that of RFC 3665 (F1-F15, over UDP). Differences: the RFC's Proxy 2 answers 480 with the "
                 "reason phrase \"No Response\", while RFC 3261 16.7 step 6 has the proxy choose from the responses "
                 "it holds, here only the timeout's 408; the RFC's INVITE already carries Proxy-Authorization from an "
                 "earlier challenge, here the proxies do not challenge.")},
    {"rfc3665-3.11-unavailable-480", "RFC 3665 3.11",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Unsuccessful temporarily unavailable (480)"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Recognise 480 Temporarily Unavailable and its Retry-After.\n"
                 "Follow the hop-by-hop ACKs through two proxies."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Bob's phone rings (180 Ringing), then reports that Bob cannot take the call now, for example because "
                 "\"do not disturb\" is set: 480 Temporarily Unavailable. Here the 480 also carries Retry-After: 3600, "
                 "which RFC 3261 21.4.18 allows, telling Alice to try again in an hour (20.33). The response goes back "
                 "through both proxies and is acknowledged on each hop. Apart from the order of a proxy's 100 Trying "
                 "and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 "
                 "(F1-F14, over UDP). Difference: the RFC's INVITE already carries Proxy-Authorization from an earlier "
                 "challenge; here the proxies do not challenge.")},
    {"fork-parallel-busy-answer", "RFC 3261 16.7",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Parallel forking: one phone busy, the other answers"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See a proxy fork one INVITE to two devices of the same user, each on its own branch.\n"
                 "See that both 180s reach the caller but the 486 does not: the proxy keeps it.\n"
                 "Explain why 486 Busy Here lets the search go on: the request may be tried elsewhere."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Bob has a desk phone (UAS1) and a softphone (UAS2). His proxy P1 looks up both and forks the "
                 "INVITE to them at once, each copy with its own Via branch (RFC 3261 16.5, 16.6). Both ring and "
                 "their 180s are forwarded to Alice (16.7 step 5): two early dialogs, one per To tag. The desk phone is "
                 "busy: 486 Busy Here is for this device only, so P1 acknowledges it hop by hop and keeps it while "
                 "the other branch is pending. The softphone answers 200 OK, which P1 forwards at once; Alice's ACK "
                 "and later BYE go end to end to the softphone.")},
    {"fork-6xx-stops-search", "RFC 3261 16.7",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "600 Busy Everywhere stops the search, 486 Busy Here does not"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Contrast 486 Busy Here (this device) with 600 Busy Everywhere (every device).\n"
                 "See the proxy cancel the branch still ringing when the 6xx arrives.\n"
                 "See that the 6xx goes upstream only when every branch has ended."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "P1 forks Bob's call to three devices. The desk phone answers 486 Busy Here: a 4xx, so the "
                 "request may still succeed elsewhere and the search goes on. Then the softphone's user says that "
                 "he is busy everywhere: 600 is a global failure (RFC 3261 21.6.1), so P1 cancels the branch of the "
                 "voicemail that is still ringing, starts no new one, and once the voicemail has answered the CANCEL "
                 "with 487 it sends the 600 to Alice as the best response (16.7 steps 5, 6 and 10). Without the 600 "
                 "the voicemail would have answered.")},
    {"fork-sequential-5xx", "RFC 3261 16.7",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Sequential search: 503 at the first device, the second answers"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Follow a sequential search: one device at a time, in order.\n"
                 "See that a 5xx from one device makes the proxy try the next one, not give up.\n"
                 "Explain why the caller never sees the 503."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "P1 tries Bob's devices one after another. The desk phone answers 503 Service Unavailable: a "
                 "server error at that device, which lets the request be tried elsewhere (RFC 3261 16.7 step 4, "
                 "21.5). P1 acknowledges it and forwards the INVITE to the softphone on a new branch; the softphone "
                 "rings and answers. The caller only sees the softphone's responses; had every device failed, P1 "
                 "would have sent the best final response, a 503 turned into 500 (16.7 step 6).")},
    {"redirect-300-multiple", "RFC 3261 8.1.3.4",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "300 Multiple Choices: the caller tries each device in turn"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Read a 300 Multiple Choices that lists every device of the callee.\n"
                 "Follow the caller's recursion: one new INVITE per Contact, in order.\n"
                 "See that a 486 from one device makes the caller try the next Contact."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A redirect server (RS) answers Alice's INVITE with 300 Multiple Choices and three Contacts, "
                 "one per device of Bob (RFC 3261 21.3.1). Alice acknowledges it and treats the Contacts as her "
                 "target set (8.1.3.4): she sends a new INVITE (same Call-ID, CSeq + 1) to the first, through the "
                 "proxy P2. The desk phone is busy (486), which ends only this attempt, so she tries the second "
                 "Contact: the softphone rings and answers. The third device is never asked.")},
    {"fork-two-answers", "RFC 3261 13.2.2.4",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Two phones answer at once: two dialogs, one kept"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See two 2xx for one INVITE: a forking proxy forwards every 2xx.\n"
                 "Explain why the caller must ACK both, and then ends the second dialog with BYE.\n"
                 "See the proxy's CANCEL cross the second phone's 200 OK."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "P1 forks the call to Bob's two phones and both are picked up within 10 ms. P1 forwards the "
                 "first 200 OK and cancels the other branch (RFC 3261 16.7 step 10), but that phone has already "
                 "answered: it replies 200 to the CANCEL and nothing else (9.2), and P1 forwards its 200 OK too (16.7 "
                 "step 5). Each 2xx creates a dialog, so Alice acknowledges both; she keeps the first and ends the "
                 "second with BYE (13.2.2.4).")},
    {"class-1xx", "RFC 3261 21.1",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "1xx provisional responses"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Tell the provisional responses of the source document apart: 100, 180, 181, 182, 183.\n"
                 "Explain why 100 Trying is hop by hop while the others travel end to end.\n"
                 "See a reliable 183 acknowledged with PRACK (RFC 3262)."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A provisional response tells the caller how the request is progressing; it never ends the "
                 "transaction. The proxy answers 100 Trying itself and never forwards one. Bob's phone then sends "
                 "181 Call Is Being Forwarded, 182 Queued, a reliable 183 Session Progress (Require: 100rel, RSeq), "
                 "which Alice acknowledges with PRACK, and 180 Ringing, before the final 200 OK. Each 1xx with a To "
                 "tag creates or refreshes the early dialog.")},
    {"class-2xx", "RFC 3261 21.2",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "2xx success: 200 OK and 202 Accepted"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Tell 200 OK and 202 Accepted apart.\n"
                 "See that 202 only says the request was accepted for processing: the result comes later in NOTIFY."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "Alice asks Bob to call a third party with REFER. Bob answers 202 Accepted: he has understood the "
                 "request but has not carried it out yet (RFC 3515 2.4.2, 2.4.4). He reports the progress in a NOTIFY, which "
                 "Alice accepts with 200 OK, the usual answer of a successful request (RFC 3261 21.2.1). The 200 OK "
                 "that accepts an INVITE is shown in every session lesson.")},
    {"class-3xx", "RFC 3261 21.3",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "3xx redirection"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See a redirect server answer 301 Moved Permanently with a new Contact.\n"
                 "Follow the UAC's new request to that Contact.\n"
                 "Know the other redirections of the source document: 300, 302, 305, 380."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "P2, the server of Bob's domain, works as a redirect server: it answers 301 Moved Permanently with "
                 "Bob's new address in Contact (RFC 3261 21.3.2). P1 acknowledges it hop by hop and passes it up; "
                 "Alice acknowledges it, may remember the new address for later calls, and sends a new INVITE to it "
                 "(8.1.3.4), which P1 routes straight to Bob. The same happens for 302 Moved Temporarily (lesson 3.6) "
                 "and 300 Multiple Choices (several Contacts); 305 Use Proxy names a proxy to use and 380 "
                 "Alternative Service describes other services in its body.")},
    {"class-4xx", "RFC 3261 21.4",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "4xx client errors"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See three client errors in one call: 407, 422 and 486.\n"
                 "Tell the 4xx a UAC can repair and retry (407, 422) from a final refusal (486).\n"
                 "Know the other client errors of the source document."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A 4xx says the request cannot succeed as sent. P1 first answers 407 Proxy Authentication Required; "
                 "Alice retries with credentials. Bob's phone answers 422 Session Interval Too Small with Min-SE; "
                 "Alice retries with a longer Session-Expires (RFC 4028). Finally Bob is busy: 486 Busy Here ends "
                 "the call. Other client errors of the source document: 400, 401 (lesson 2.1), 403, 404, 405, 406, "
                 "408 (lesson 3.10), 423, 480 (lesson 3.11), 481, 483, 487 (lesson 3.8).")},
    {"class-5xx", "RFC 3261 21.5",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "5xx server errors"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See 503 Service Unavailable with Retry-After and the UAC waiting before it retries.\n"
                 "Explain why a proxy turns a downstream 503 into 500.\n"
                 "Know the other server errors of the source document: 501, 502, 504, 505, 513, 580."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A 5xx says the server failed, not the request. P1 is overloaded and answers 503 Service "
                 "Unavailable with Retry-After: 2; Alice waits two seconds and sends the INVITE again (RFC 3261 "
                 "21.5.4). This time Bob's phone fails with 503; P2 must not pass a 503 upstream, because the "
                 "previous hop would then stop using P2, so it sends 500 Server Internal Error instead (16.7 step 6). "
                 "504 Server Time-out is the gateway counterpart of 408; 501, 502, 505, 513 and 580 are explained "
                 "by the response-code browser.")},
    {"class-6xx", "RFC 3261 21.6",
     QT_TRANSLATE_NOOP("SipLab::Lessons", "6xx global failures"),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "See 603 Decline end a call through two proxies.\n"
                 "Explain why a 6xx stops a forking proxy from trying other locations.\n"
                 "Know the other global failures of the source document: 600, 604, 606."),
     QT_TRANSLATE_NOOP("SipLab::Lessons", "A 6xx means the request will fail everywhere, not just at this device. Bob's phone rings and he "
                 "declines the call: 603 Decline. A proxy that receives a 6xx does not forward it at once: it cancels "
                 "its other pending branches, tries no new ones, and then sends the 6xx upstream as the best "
                 "response (RFC 3261 16.7 steps 5 and 6); each hop acknowledges it. 600 Busy Everywhere, 604 Does Not Exist "
                 "Anywhere and 606 Not Acceptable travel the same way.")},
};

} // namespace

QString Lesson::titleText(Language language) const
{
    return LessonLibrary::text(title, language);
}

QString Lesson::goalsText(Language language) const
{
    return LessonLibrary::text(goals, language);
}

QString Lesson::introductionText(Language language) const
{
    return LessonLibrary::text(introduction, language);
}

const QList<Lesson> &LessonLibrary::lessons()
{
    return LessonTable;
}

const Lesson *LessonLibrary::find(const QString &id)
{
    for (const Lesson &lesson : LessonTable) {
        if (id == QLatin1String(lesson.id))
            return &lesson;
    }
    return nullptr;
}

QStringList LessonLibrary::ids()
{
    QStringList list;
    for (const Lesson &lesson : LessonTable)
        list.append(lesson.idString());
    return list;
}

QString LessonLibrary::scenarioPath(const QString &id)
{
    return QStringLiteral(":/resources/lessons/") + id + QStringLiteral(".json");
}

ScenarioLoadResult LessonLibrary::scenario(const QString &id)
{
    if (!find(id)) {
        ScenarioLoadResult result;
        result.error = QStringLiteral("no lesson named '%1'").arg(id);
        return result;
    }
    QFile file(scenarioPath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioLoadResult result;
        result.error = QStringLiteral("lesson '%1': its scenario %2 is missing").arg(id, file.fileName());
        return result;
    }
    ScenarioLoadResult result = ScenarioFile::fromJson(file.readAll());
    if (!result.isValid())
        result.error = QStringLiteral("lesson '%1': %2").arg(id, result.error);
    return result;
}

QList<Language> LessonLibrary::displayOrder()
{
    // The Chinese translator is installed exactly when this label comes back translated.
    const bool chinese = QCoreApplication::translate("SipLab::LessonCommand", "Introduction") != QLatin1String("Introduction");
    return chinese ? QList<Language>{Language::Chinese, Language::English} : QList<Language>{Language::English, Language::Chinese};
}

QString LessonLibrary::text(const char *source, Language language)
{
    return LanguagePack::text(language, Context, source);
}

} // namespace SipLab
