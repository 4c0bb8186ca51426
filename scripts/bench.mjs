console.log('bench: not implemented yet'); process.exit(1);
