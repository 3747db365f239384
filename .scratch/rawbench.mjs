import Database from 'better-sqlite3';
import fs from 'fs';
const D='/tmp/datadialog-import-bench-paj4M3';
for (const [label, rowsPer] of [['single',1],['multi50',50],['multi200',200],['multi1000',1000]]) {
  fs.copyFileSync(D+'/fresh.sqlite','/tmp/raw.sqlite'); for (const s of ['-wal','-shm']) fs.rmSync('/tmp/raw.sqlite'+s,{force:true});
  const db = new Database('/tmp/raw.sqlite'); db.pragma('journal_mode = WAL'); db.pragma('foreign_keys = ON'); db.pragma('synchronous = NORMAL');
  const imp = db.prepare("insert into imports (group_id,user_id,source,file_name,sha256,size_bytes,settings,mapping,new_count,changed_count,unchanged_count,skipped_error_count,created_at) values (1,1,'api','x','x',1,'{}','{}',0,0,0,0,'x')").run().lastInsertRowid;
  const now = new Date().toISOString();
  const obsSql = n => 'insert into observations (indicator_id,period,value,comment,import_id,updated_by,created_at,updated_at) values ' + Array(n).fill('(?,?,?,?,?,?,?,?)').join(',') + ' on conflict (indicator_id, period) do update set value=excluded.value, comment=excluded.comment, import_id=excluded.import_id, updated_by=excluded.updated_by, updated_at=excluded.updated_at';
  const chSql = n => 'insert into import_changes (import_id,indicator_id,period,old_value,old_comment,old_import_id,new_value,new_comment) values ' + Array(n).fill('(?,?,?,?,?,?,?,?)').join(',');
  const o = db.prepare(obsSql(rowsPer)), c = db.prepare(chSql(rowsPer));
  const periods = []; for (let p=0;p<400;p++) periods.push(`${1950+Math.floor(p/4)}K${p%4+1}`);
  const t = performance.now();
  db.exec('BEGIN');
  const po = new Array(rowsPer*8), pc = new Array(rowsPer*8);
  let k = 0;
  for (let i=1;i<=2500;i++) for (let p=0;p<400;p++) {
    const v = ((i*37+p*11)%997)/10; const b = k*8;
    po[b]=i;po[b+1]=periods[p];po[b+2]=v;po[b+3]=null;po[b+4]=imp;po[b+5]=1;po[b+6]=now;po[b+7]=now;
    pc[b]=imp;pc[b+1]=i;pc[b+2]=periods[p];pc[b+3]=null;pc[b+4]=null;pc[b+5]=null;pc[b+6]=v;pc[b+7]=null;
    if (++k === rowsPer) { o.run(po); c.run(pc); k = 0; }
  }
  db.exec('COMMIT');
  console.log(label, ((performance.now()-t)/1000).toFixed(2), 's', Math.round(process.memoryUsage().rss/1e6),'MB');
  db.close();
}
