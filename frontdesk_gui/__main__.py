from frontdesk_gui.app import main

raise SystemExit(main())
