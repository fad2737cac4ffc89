using OffresEmploi.CodeGen.Cli;

return CodeGenCommand.Run(args, Console.Out, Console.Error);
