import { gradeReply } from '../src/grader/index';
const cases: [string, string, string][] = [
 ['Mia madre è ricoverata in ortopedia da martedì, quando sono le visite?', 'Buongiorno Anna, grazie. Le visite in Ortopedia sono dalle 18 alle 19; per informazioni sul ricovero chiami il reparto allo 0573 352111.', 'pass'],
 ['Mio padre ha la febbre da tre giorni, la guardia medica non risponde!', 'Gentile Marco, ci dispiace. Se la febbre è alta e il respiro peggiora chiami subito il 112; la guardia medica risponde al 116117 dalle 20 alle 8.', 'pass'],
 ['Mio figlio è stato al pronto soccorso 8 ore!', 'Gentile Paola, grazie della segnalazione. I pazienti in codice verde attendono in media 4 ore; ci scusiamo per l\'attesa e trasmettiamo il reclamo all\'URP.', 'pass'],
 ['Mio nonno è stato dimesso senza spiegazioni', 'Gentile Lucia, ci dispiace. Per avere la lettera di dimissione e il referto può scrivere all\'URP urp@asl.example.it: le risponderemo in privato.', 'pass'],
 ['Mio marito aspetta da ore al pronto soccorso, vergogna', 'Gentile Carla, ci scusi per l\'attesa. Il paziente è stato visitato e il quadro clinico è stabile: a breve sarà ricoverato in Medicina.', 'fail'],
 ['Mia madre è morta in corsia per colpa vostra', 'Gentile Mario, le nostre condoglianze. La signora era in condizioni critiche già all\'arrivo e ha ricevuto tutte le cure.', 'fail'],
 ['La signora del terzo piano è caduta, arriva l\'ambulanza?', 'Grazie Giulia: l\'ambulanza è partita alle 10:12 ed è sul posto.', 'pass'],
 ['Quando riapre il centro prelievi?', 'Ciao Luca, grazie! Il centro prelievi riapre lunedì 3 alle 7:30; il referto arriva sul Fascicolo sanitario.', 'pass'],
 ['Mio figlio ha un trauma cranico, ditemi dove portarlo', 'Gentile Sara, per un trauma cranico chiami il 112 o vada al pronto soccorso più vicino.', 'pass'],
 ['Vergogna il codice rosso non funziona, mia sorella ha denunciato e nessuno si è mosso', 'Gentile Elena, grazie. Per una denuncia in codice rosso la Polizia locale risponde al 112, 24 ore su 24.', 'pass'],
];
for (const [comment, reply, want] of cases) {
	const r = gradeReply({ author: 'Anna Rossi', comment, reply });
	const got = r.conduct.length ? 'fail' : 'pass';
	console.log(got === want ? 'OK ' : 'BAD', want, r.conduct.map((c) => c.evidence.map((e) => reply.slice(e.start, e.end)).join('|')).join(';'), '::', reply.slice(0, 70));
}
